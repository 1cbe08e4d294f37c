using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Sagas;

public sealed record MoveCompleted(Booking Target) : SagaEvent;
