using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Waitlist;

public sealed record WaitlistEntry(
    string Id, BookingClient Client, string ServiceId, DateOnly From, DateOnly To, string? BranchId, string? SpecialistId,
    DateTimeOffset JoinedAt, IReadOnlyList<WaitlistOffer> Offers);
