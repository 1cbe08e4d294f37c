namespace Frontdesk.Grains.Queue;

/// <summary>The ticket left this line for <see cref="ToLineId"/>, which already holds it.</summary>
public sealed record TicketTransferredOut(string TicketId, string ToLineId, DateTimeOffset At) : QueueCounterEvent;
