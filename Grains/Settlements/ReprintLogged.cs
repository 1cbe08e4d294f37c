namespace Frontdesk.Grains.Settlements;

public sealed record ReprintLogged(string By, DateTimeOffset At) : SettlementEvent;
