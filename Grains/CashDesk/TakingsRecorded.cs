namespace Frontdesk.Grains.CashDesk;

public sealed record TakingsRecorded(DeskTakings Takings, string Currency) : DeskDayEvent;
