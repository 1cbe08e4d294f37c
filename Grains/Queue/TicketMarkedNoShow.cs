namespace Frontdesk.Grains.Queue;

public sealed record TicketMarkedNoShow(string TicketId, DateTimeOffset At) : QueueCounterEvent;
