namespace Frontdesk.Silo.Tests.Grains;

public sealed class CounterState : IJournaledState<CounterAdded>
{
    public long Value { get; set; }
    public int Additions { get; set; }

    public void Apply(CounterAdded @event)
    {
        Value += @event.Amount;
        Additions++;
    }
}
