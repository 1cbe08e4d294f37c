using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Sagas;

public sealed record VisitBookingCompleted(IReadOnlyList<Booking> Bookings) : SagaEvent;
