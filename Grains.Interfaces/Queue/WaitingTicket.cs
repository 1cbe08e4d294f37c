namespace Frontdesk.Grains.Queue;

/// <summary>A ticket in a waiting list, as screens show it (no client details: the lobby is public).</summary>
public sealed record WaitingTicket(string Id, string Number, string PriorityClassId, int PriorityRank, DateTimeOffset QueuedAt, string? BookingNumber);
