namespace Frontdesk.Grains.Settlements;

public sealed record VoidStepDone(string Step) : SettlementEvent;
