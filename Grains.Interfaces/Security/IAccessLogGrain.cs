using Frontdesk.Silo;

namespace Frontdesk.Grains.Security;

/// <summary>Refused sign-ins and calls of one branch (or "chain") on one UTC day (key: "{scope}/{yyyy-MM-dd}").</summary>
public interface IAccessLogGrain : IGrainWithStringKey
{
    Task RecordAsync(AccessRefusal refusal);

    Task<IReadOnlyList<AccessRefusal>> GetAsync();
}
