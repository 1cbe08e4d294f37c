namespace Frontdesk.Grains.Sagas;

public sealed record VisitBookingStarted(VisitRequest Request) : SagaEvent;
