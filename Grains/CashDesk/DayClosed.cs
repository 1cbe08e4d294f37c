namespace Frontdesk.Grains.CashDesk;

public sealed record DayClosed(DateTimeOffset At, string By) : DeskDayEvent;
