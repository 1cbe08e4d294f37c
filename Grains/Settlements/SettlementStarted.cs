namespace Frontdesk.Grains.Settlements;

public sealed record SettlementStarted(SettlementDocument Document) : SettlementEvent;
