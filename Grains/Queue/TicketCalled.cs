namespace Frontdesk.Grains.Queue;

/// <summary>The ticket is called to a desk by the press named <see cref="OperationId"/>.</summary>
public sealed record TicketCalled(string TicketId, string DeskId, string DeskLabel, DateTimeOffset At, string OperationId) : QueueCounterEvent;
