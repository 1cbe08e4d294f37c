using Frontdesk.Grains.Sagas;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>Runs an action (by default: a crash) the first time a saga reaches the named step.</summary>
public sealed class InjectedFaults(string step, Func<Task>? action = null) : ISagaFaults
{
    private int _fired;

    public bool Fired => _fired > 0;

    public async ValueTask BeforeStepAsync(string sagaId, string step1)
    {
        if (step1 != step || Interlocked.Exchange(ref _fired, 1) == 1) return;
        if (action is null) throw new InjectedCrashException(step);
        await action();
    }
}
