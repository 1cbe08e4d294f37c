namespace Frontdesk.Grains.Queue;

/// <summary>
/// A ticket as its counter holds it. Instants are UTC. <see cref="LineId"/> is the line it is in now (it keeps its
/// <see cref="Number"/> when transferred); <see cref="PeopleAheadAtIssue"/> and <see cref="EstimatedWaitAtIssue"/> are
/// what was printed on it, kept so a repeated request answers the same ticket word for word.
/// </summary>
public sealed record QueueTicket(
    string Id,
    string Number,
    string BranchId,
    string LineId,
    DateOnly Date,
    TicketSource Source,
    string PriorityClassId,
    int PriorityRank,
    DateTimeOffset IssuedAt,
    DateTimeOffset QueuedAt,
    long Arrival,
    TicketStatus Status,
    int PeopleAheadAtIssue,
    int? EstimatedWaitAtIssue,
    string? KioskId = null,
    TicketBooking? Booking = null,
    string? DeskId = null,
    string? DeskLabel = null,
    DateTimeOffset? CalledAt = null,
    int Recalls = 0,
    DateTimeOffset? FinishedAt = null,
    string? TransferredTo = null,
    string? TransferredFrom = null,
    string? CallOperationId = null);
