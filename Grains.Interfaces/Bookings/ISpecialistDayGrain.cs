using Frontdesk.Grains.Scheduling;
using Frontdesk.Silo;

namespace Frontdesk.Grains.Bookings;

/// <summary>
/// One specialist's working day at one branch (key <see cref="SpecialistDayKey"/>): the unit of contention for
/// booking. One command at a time, each checked against every booking of the day, so two clients never share a
/// slot; the journal's version check keeps that true across nodes. Refusals are <see cref="CommandRejectedException"/>.
/// </summary>
public interface ISpecialistDayGrain : IGrainWithStringKey
{
    Task<SpecialistDayView> GetAsync();

    Task<Booking> GetBookingAsync(string bookingId);

    /// <summary>
    /// The booking of that number (as printed, canonical), refused as unknown-booking when this day has none: refused by
    /// the grain, so a node that has not yet heard of a booking made on another node checks the database before saying so.
    /// </summary>
    Task<Booking> FindByNumberAsync(string number);

    /// <summary>Local start times, on a grid of <paramref name="stepMinutes"/>, where these services would fit now.</summary>
    Task<IReadOnlyList<TimeOnly>> GetFreeStartsAsync(IReadOnlyList<string> serviceIds, int stepMinutes);

    /// <summary>The day reduced to its bookable hours and the time its bookings take (for the nearest-slot search).</summary>
    Task<DayOccupancy> GetOccupancyAsync();

    /// <summary>Keeps a slot for <paramref name="holdFor"/> while an online client completes the booking.</summary>
    Task<Booking> HoldAsync(BookingRequest request, TimeSpan holdFor);

    Task<Booking> BookAsync(BookingRequest request);

    Task<Booking> ConfirmAsync(string bookingId);
    Task<Booking> CheckInAsync(string bookingId);
    Task<Booking> StartVisitAsync(string bookingId);
    Task<Booking> CompleteVisitAsync(string bookingId);
    /// <summary>A completed visit back to arrived, for its voided settlement; a visit not completed is refused.</summary>
    Task<Booking> ReopenVisitAsync(string bookingId);
    Task<Booking> CancelAsync(string bookingId, string reason);
    Task<Booking> MarkNoShowAsync(string bookingId);

    /// <summary>
    /// Puts a booking that was cancelled, marked a no-show or checked in by mistake back to <paramref name="status"/>
    /// (unconfirmed or confirmed). A booking that gave its time back takes it again only if it is still free (and a room,
    /// if its services need one): otherwise refused as slot-taken or no-room-free, and nothing changes.
    /// </summary>
    Task<Booking> ReinstateAsync(string bookingId, BookingStatus status);
    Task<Booking> EditNotesAsync(string bookingId, string? notes);

    /// <summary>Moves the booking to another start time on the same day with the same specialist.</summary>
    Task<Booking> MoveWithinDayAsync(string bookingId, TimeOnly newStart);

    // The steps of a saga (a move to another day or specialist, a visit with several specialists); each is idempotent.

    /// <summary>
    /// Places a booking as Pending for a saga, keyed by the request's operation id so a repeat places it once;
    /// <paramref name="movedFrom"/> names the booking it replaces, if it is a move.
    /// </summary>
    Task<Booking> PlacePendingAsync(BookingRequest request, string? movedFrom);

    /// <summary>The saga finished: the pending booking takes <paramref name="status"/>.</summary>
    Task<Booking> ConfirmPendingAsync(string bookingId, BookingStatus status);

    /// <summary>The saga was abandoned: the pending booking is cancelled.</summary>
    Task<Booking> AbandonPendingAsync(string bookingId);

    /// <summary>The booking leaves this day for <paramref name="movedTo"/> (a booking number); refused once the visit has begun.</summary>
    Task<Booking> TransferOutAsync(string bookingId, string movedTo);

    // Schedule changes (ScheduleChangeCoordinator).

    /// <summary>The active bookings that would fall outside <paramref name="hours"/>; nothing is changed.</summary>
    Task<IReadOnlyList<Booking>> FindStrandedAsync(IReadOnlyList<WorkingInterval> hours);

    /// <summary>
    /// Takes new hours from the schedule. Without <paramref name="force"/>, a day whose bookings would be stranded
    /// keeps its hours; with it, it takes them and flags those bookings for a call to the client.
    /// </summary>
    Task<WorkingHoursOutcome> ApplyWorkingHoursAsync(IReadOnlyList<WorkingInterval> hours, bool force);
}
