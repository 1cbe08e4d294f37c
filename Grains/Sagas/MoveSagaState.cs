using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Sagas;

public sealed class MoveSagaState : IJournaledState<SagaEvent>
{
    public SagaStatus Status { get; set; }
    public MoveRequest? Request { get; set; }
    public Booking? Source { get; set; }
    public Booking? Target { get; set; }
    public bool SourceReleased { get; set; }
    public List<string> Steps { get; set; } = [];
    public SagaFailed? Failure { get; set; }

    public void Apply(SagaEvent @event)
    {
        switch (@event)
        {
            case MoveStarted e: (Status, Request, Source) = (SagaStatus.Running, e.Request, e.Source); break;
            case MoveTargetPlaced e: Target = e.Target; break;
            case MoveSourceReleased: SourceReleased = true; break;
            case MoveCompleted e: (Status, Target) = (SagaStatus.Completed, e.Target); break;
            case SagaFailed e: (Status, Failure) = (SagaStatus.Failed, e); break;
        }
        Steps.Add(@event.GetType().Name);
    }
}
