namespace Frontdesk.Grains.Queue;

/// <summary>A ticket found by its id: the counter it is in now and the counters it passed through on the way (transfers), issuer first.</summary>
public sealed record LocatedTicket(QueueCounterKey Counter, TicketProgress Progress, IReadOnlyList<QueueCounterKey> Path);
