namespace Frontdesk.Grains.Settlements;

public sealed record SalesRulesSet(SalesRules Rules) : SalesRulesEvent;
