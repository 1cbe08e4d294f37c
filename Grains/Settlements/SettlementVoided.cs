namespace Frontdesk.Grains.Settlements;

public sealed record SettlementVoided(DateTimeOffset At) : SettlementEvent;
