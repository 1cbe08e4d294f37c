namespace Frontdesk.Grains.CashDesk;

public sealed record ShiftClosed(DateTimeOffset At, long ClosingCash) : DeskDayEvent;
