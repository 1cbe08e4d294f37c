using Frontdesk.Silo;

namespace Frontdesk.Grains.Settlements;

/// <summary>The chain's sales rules (key <see cref="Chain.Key"/>); a settlement reads them once, at its start.</summary>
public interface ISalesRulesGrain : IGrainWithStringKey
{
    Task<SalesRules> GetAsync();

    Task<SalesRules> SetAsync(SalesRules rules);
}
