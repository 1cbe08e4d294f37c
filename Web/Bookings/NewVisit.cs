using Frontdesk.Grains.Bookings;
using Frontdesk.Web.Clients;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Bookings;

/// <summary>One visit with several specialists: all parts are booked, or none.</summary>
public sealed record NewVisit(
    ClientRef Client,
    IReadOnlyList<NewVisitPart> Parts,
    BookingSource Source = BookingSource.Reception,
    bool Confirmed = false,
    string? Notes = null) : IScopedBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public ResourceOwner Owner => new([.. (Parts ?? []).Select(p => p.BranchId).Distinct()], ClientId: Client?.Id, ClientBound: true);
}
