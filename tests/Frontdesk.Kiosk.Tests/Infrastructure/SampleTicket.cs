using Frontdesk.Kiosk.Engine;

namespace Frontdesk.Kiosk.Tests.Infrastructure;

public static class SampleTicket
{
    public static readonly QueueTicket A015 = new(
        TicketId: "t-1", Number: "A-015", LineId: "reception", LineName: "Регистратура", BranchName: "Клиника на Невском",
        IssuedAt: new DateTimeOffset(2026, 11, 20, 6, 15, 0, TimeSpan.Zero), LocalTime: "2026-11-20T09:15:00+03:00",
        PeopleAhead: 3, EstimatedWaitMinutes: 12, StatusUrl: "http://engine.local/queue/tickets/t-1");
}
