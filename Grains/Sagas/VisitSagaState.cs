using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Sagas;

public sealed class VisitSagaState : IJournaledState<SagaEvent>
{
    public SagaStatus Status { get; set; }
    public VisitRequest? Request { get; set; }
    public Dictionary<int, Booking> Placed { get; set; } = [];
    public List<Booking> Final { get; set; } = [];
    public List<string> Steps { get; set; } = [];
    public SagaFailed? Failure { get; set; }

    public void Apply(SagaEvent @event)
    {
        switch (@event)
        {
            case VisitBookingStarted e: (Status, Request) = (SagaStatus.Running, e.Request); break;
            case VisitPartPlaced e: Placed[e.Part] = e.Booking; break;
            case VisitBookingCompleted e: (Status, Final) = (SagaStatus.Completed, [.. e.Bookings]); break;
            case SagaFailed e: (Status, Failure) = (SagaStatus.Failed, e); break;
        }
        Steps.Add(@event.GetType().Name);
    }
}
