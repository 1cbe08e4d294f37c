namespace Frontdesk.Grains.Settlements;

public sealed record SettlementCompleted(DateTimeOffset At) : SettlementEvent;
