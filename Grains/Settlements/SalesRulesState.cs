namespace Frontdesk.Grains.Settlements;

public sealed class SalesRulesState : IJournaledState<SalesRulesEvent>
{
    public SalesRules Rules { get; set; } = SalesRules.None;

    public void Apply(SalesRulesEvent @event)
    {
        if (@event is SalesRulesSet e) Rules = e.Rules;
    }
}
