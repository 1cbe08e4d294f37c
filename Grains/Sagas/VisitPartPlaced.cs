using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Sagas;

public sealed record VisitPartPlaced(int Part, Booking Booking) : SagaEvent;
