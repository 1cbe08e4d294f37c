namespace Frontdesk.Grains.Settlements;

public sealed record SettlementStepDone(string Step) : SettlementEvent;
