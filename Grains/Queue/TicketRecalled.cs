namespace Frontdesk.Grains.Queue;

public sealed record TicketRecalled(string TicketId, DateTimeOffset At) : QueueCounterEvent;
