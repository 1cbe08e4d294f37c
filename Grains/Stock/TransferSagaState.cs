using Frontdesk.Grains.Sagas;

namespace Frontdesk.Grains.Stock;

public sealed class TransferSagaState : IJournaledState<TransferEvent>
{
    public SagaStatus Status { get; set; }
    public StockTransferRequest? Request { get; set; }
    public StockMovement? Out { get; set; }
    public StockMovement? In { get; set; }
    public TransferRefused? Refusal { get; set; }
    public List<string> Steps { get; set; } = [];

    public void Apply(TransferEvent @event)
    {
        switch (@event)
        {
            case TransferStarted e: (Status, Request) = (SagaStatus.Running, e.Request); break;
            case TransferTakenOut e: Out = e.Out; break;
            case TransferCompleted e: (Status, In) = (SagaStatus.Completed, e.In); break;
            case TransferRefused e: (Status, Refusal) = (SagaStatus.Failed, e); break;
        }
        Steps.Add(@event.GetType().Name);
    }
}
