using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Queue;

/// <summary>
/// A ticket as its counter holds it. Instants are UTC. <see cref="LineId"/> is the line it is in now (it keeps its
/// <see cref="Number"/> when transferred); <see cref="PeopleAheadAtIssue"/> and <see cref="EstimatedWaitAtIssue"/> are
/// what was printed on it, kept so a repeated request answers the same ticket word for word. What a ticket does not
/// have yet is left out of its JSON: a counter's journal and snapshots hold thousands of them.
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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EstimatedWaitAtIssue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? KioskId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TicketBooking? Booking = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DeskId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DeskLabel = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? CalledAt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Recalls = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? FinishedAt = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TransferredTo = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TransferredFrom = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CallOperationId = null);
