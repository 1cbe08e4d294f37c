namespace Frontdesk.Grains.Sagas;

public sealed class NoSagaFaults : ISagaFaults
{
    public ValueTask BeforeStepAsync(string sagaId, string step) => ValueTask.CompletedTask;
}
