using Frontdesk.Web.Clients;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Waitlist;

/// <summary>A client waits for a service between two dates; the branch and the specialist are optional.</summary>
public sealed record NewWaitlistEntry(ClientRef Client, string ServiceId, DateOnly From, DateOnly To, string? BranchId = null, string? SpecialistId = null) : IScopedBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public ResourceOwner Owner => BranchId is null ? ResourceOwner.Chain with { ClientId = Client?.Id, ClientBound = true } : ResourceOwner.Clients(BranchId, null, Client?.Id);
}
