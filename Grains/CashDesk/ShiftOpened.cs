namespace Frontdesk.Grains.CashDesk;

public sealed record ShiftOpened(CashShift Shift) : DeskDayEvent;
