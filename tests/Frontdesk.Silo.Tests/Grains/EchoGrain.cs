namespace Frontdesk.Silo.Tests.Grains;

/// <summary>An in-memory grain: no journal, state lives as long as the activation.</summary>
public sealed class EchoGrain(ActivationProbe probe) : Grain, IEchoGrain
{
    private int _calls;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(GrainId, 0);
        return Task.CompletedTask;
    }

    public Task<string> EchoAsync(string text)
    {
        _calls++;
        return Task.FromResult($"{GetPrimaryKeyString()}:{text}");
    }

    public Task<int> CallsAsync() => Task.FromResult(_calls);

    public Task RegisterReminderAsync() => RegisterOrUpdateReminder("never", TimeSpan.FromMinutes(1), TimeSpan.Zero);
}
