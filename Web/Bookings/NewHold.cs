using Frontdesk.Grains.Bookings;
using Frontdesk.Web.Clients;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Bookings;

/// <summary>Keep a slot for <paramref name="HoldMinutes"/> while an online client fills in the form; book it with its id as holdId.</summary>
public sealed record NewHold(
    string BranchId,
    string SpecialistId,
    DateOnly Date,
    TimeOnly Start,
    IReadOnlyList<string> ServiceIds,
    ClientRef Client,
    int HoldMinutes = 10,
    string? Notes = null,
    BookingSource Source = BookingSource.Online) : IScopedBody
{
    [System.Text.Json.Serialization.JsonIgnore]
    public ResourceOwner Owner => ResourceOwner.Clients(BranchId, SpecialistId, Client?.Id);
}
