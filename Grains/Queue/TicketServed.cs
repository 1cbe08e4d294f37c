namespace Frontdesk.Grains.Queue;

public sealed record TicketServed(string TicketId, DateTimeOffset At) : QueueCounterEvent;
