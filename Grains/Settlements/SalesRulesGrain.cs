namespace Frontdesk.Grains.Settlements;

[GrainType("sales-rules")]
public sealed class SalesRulesGrain : JournaledGrain<SalesRulesState, SalesRulesEvent>, ISalesRulesGrain
{
    public Task<SalesRules> GetAsync() => Task.FromResult(State.Rules);

    public Task<SalesRules> SetAsync(SalesRules rules)
    {
        var problems = new Problems();
        foreach (var (p, i) in rules.Promotions.Select((p, i) => (p, i)))
        {
            problems.Text($"promotions[{i}].name", p.Name, 200);
            if (p.Percent is < 1 or > 100) problems.Add($"promotions[{i}].percent", "is 1 to 100");
            if (p.To < p.From) problems.Add($"promotions[{i}].to", "is before from");
            if ((p.DailyFrom is null) != (p.DailyTo is null) || p.DailyFrom >= p.DailyTo) problems.Add($"promotions[{i}].dailyFrom", "and dailyTo go together, from before to");
        }
        foreach (var (l, i) in rules.Levels.Select((l, i) => (l, i)))
            if (l.Percent is < 0 or > 100) problems.Add($"levels[{i}].percent", "is 0 to 100");
        foreach (var (c, i) in rules.Commissions.Select((c, i) => (c, i)))
            if (c.Percent is < 0 or > 100) problems.Add($"commissions[{i}].percent", "is 0 to 100");
        if (rules.Promotions.Select(p => p.Id).Distinct().Count() != rules.Promotions.Count) problems.Add("promotions", "ids repeat");
        if (rules.Levels.Select(l => l.Id).Distinct().Count() != rules.Levels.Count) problems.Add("levels", "ids repeat");
        problems.ThrowIfAny("invalid-sales-rules", "sales rules");
        RaiseEvent(new SalesRulesSet(rules));
        return Task.FromResult(rules);
    }
}
