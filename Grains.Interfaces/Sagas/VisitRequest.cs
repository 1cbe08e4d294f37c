using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Sagas;

public sealed record VisitRequest(BookingClient Client, IReadOnlyList<VisitPart> Parts, BookingSource Source = BookingSource.Reception,
    bool Confirmed = false, string? Notes = null);
