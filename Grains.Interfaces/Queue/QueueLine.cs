namespace Frontdesk.Grains.Queue;

/// <summary>
/// A queue of one branch that clients take a number for, e.g. "A", "Reception". Its numbers are "A-001", "A-002"…
/// from the start of each business day of the branch.
/// </summary>
/// <param name="Prefix">One capital Latin letter, unique in the branch: it starts every number of the line.</param>
/// <param name="Name">In the branch's language: it is printed on the ticket and shown in the lobby.</param>
/// <param name="Priorities">The classes a ticket may be issued in besides the regular one, e.g. booked clients, the elderly.</param>
public sealed record QueueLine(string Id, string Prefix, string Name, IReadOnlyList<PriorityClass> Priorities);
