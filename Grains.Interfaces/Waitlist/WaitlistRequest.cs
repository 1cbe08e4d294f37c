using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Waitlist;

/// <summary>A client waits for a service between two dates; the branch and the specialist are optional.</summary>
public sealed record WaitlistRequest(
    string OperationId, BookingClient Client, string ServiceId, DateOnly From, DateOnly To, string? BranchId = null, string? SpecialistId = null);
