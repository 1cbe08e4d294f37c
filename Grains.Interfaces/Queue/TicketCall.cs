namespace Frontdesk.Grains.Queue;

/// <summary>A ticket called to a desk: "A-015 → Desk 3". <see cref="CalledAt"/> moves with each recall, so screens chime again.</summary>
public sealed record TicketCall(string TicketId, string Number, string LineId, string DeskId, string DeskLabel, DateTimeOffset CalledAt, int Recalls, TicketStatus Status);
