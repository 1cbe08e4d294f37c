namespace Frontdesk.Silo.Tests.Grains;

[GrainType("test-counter")]
public sealed class CounterGrain(ActivationProbe probe) : JournaledGrain<CounterState, CounterAdded>, ICounterGrain
{
    private int _inside;
    private int _maxInside;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(GrainId, State.Value);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivated(GrainId, reason);
        return Task.CompletedTask;
    }

    public Task<long> AddAsync(int amount)
    {
        RaiseEvent(new CounterAdded(amount));
        return Task.FromResult(State.Value);
    }

    public Task<long> GetAsync() => Task.FromResult(State.Value);

    public Task<long> TakeAsync(int amount)
    {
        if (State.Value < amount) throw new InvalidOperationException($"only {State.Value} left, {amount} asked");
        RaiseEvent(new CounterAdded(-amount));
        return Task.FromResult(State.Value);
    }

    public Task AddThenFailAsync(int amount)
    {
        RaiseEvent(new CounterAdded(amount));
        throw new InvalidOperationException("refused after raising");
    }

    public async Task<long> AddAndConfirmAsync(int amount)
    {
        RaiseEvent(new CounterAdded(amount));
        await ConfirmEvents();
        return Version;
    }

    public async Task<long> AddConfirmAndAddAgainAsync(int first, int second)
    {
        RaiseEvent(new CounterAdded(first));
        await ConfirmEvents();
        RaiseEvent(new CounterAdded(second));
        return State.Value;
    }

    public async Task<long> ProbeConcurrencyAsync()
    {
        _maxInside = Math.Max(_maxInside, ++_inside);
        // Leave the thread mid-turn: another call slipping in now would be seen as two inside.
        await Task.Yield();
        await Task.Yield();
        RaiseEvent(new CounterAdded(1));
        _maxInside = Math.Max(_maxInside, _inside);
        _inside--;
        return State.Value;
    }

    public Task<int> MaxConcurrencyAsync() => Task.FromResult(_maxInside);

    public Task<long> VersionAsync() => Task.FromResult(Version);

    // Each counter is findable by its value, zero-padded so that text order is numeric order.
    protected override IEnumerable<IndexEntry> IndexEntries(IReadOnlyList<CounterAdded> events) =>
        [new IndexEntry("test-counters", GetPrimaryKeyString(), State.Value.ToString("D10"), new CounterIndexed(State.Value, State.Additions))];
}
