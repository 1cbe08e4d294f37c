using Frontdesk.Grains.Bookings;
using Frontdesk.Web.Clients;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Bookings;

/// <summary>Book a visit with one specialist: the services back to back from <paramref name="Start"/> (the branch's local time).</summary>
/// <param name="HoldId">The id of a hold on this day to turn into the booking, instead of taking a new slot.</param>
public sealed record NewBooking(
    string BranchId,
    string SpecialistId,
    DateOnly Date,
    TimeOnly Start,
    IReadOnlyList<string> ServiceIds,
    ClientRef Client,
    string? Notes = null,
    BookingSource Source = BookingSource.Reception,
    bool Confirmed = false,
    string? HoldId = null) : IScopedBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public ResourceOwner Owner => ResourceOwner.Clients(BranchId, SpecialistId, Client?.Id);
}
