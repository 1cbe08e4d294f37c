namespace Frontdesk.Kiosk.Engine;

/// <summary>
/// A ticket the engine issued. <see cref="IssuedAt"/> is UTC; <see cref="LocalTime"/> is the branch's wall clock
/// as the engine computed it, so the kiosk's own time zone never decides what is printed.
/// </summary>
public sealed record QueueTicket(
    string TicketId,
    string Number,
    string LineId,
    string LineName,
    string BranchName,
    DateTimeOffset IssuedAt,
    string LocalTime,
    int PeopleAhead,
    int? EstimatedWaitMinutes,
    string StatusUrl);
