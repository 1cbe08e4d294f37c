using Frontdesk.Silo;

namespace Frontdesk.Grains.Clients;

/// <summary>
/// One phone number (key: E.164). Whoever claims it first owns it, across every branch and node, so one phone
/// is one client in the whole chain.
/// </summary>
public interface IClientPhoneGrain : IGrainWithStringKey
{
    /// <summary>Claims the number for <paramref name="clientId"/> if nobody has it; answers the owner either way.</summary>
    Task<string> ClaimAsync(string clientId);

    Task<string?> GetOwnerAsync();
}
