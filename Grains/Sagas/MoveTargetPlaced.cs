using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Sagas;

public sealed record MoveTargetPlaced(Booking Target) : SagaEvent;
