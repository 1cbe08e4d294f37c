using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Sagas;

public sealed record MoveStarted(MoveRequest Request, Booking Source) : SagaEvent;
