namespace Frontdesk.Grains.Queue;

/// <summary>
/// A desk asks a counter for its next ticket. With <see cref="MustBeat"/> the counter calls its head only if it goes
/// before that one (another line's head the desk also serves); otherwise it calls no one and the desk looks again.
/// <see cref="OperationId"/> makes a repeated press answer the ticket it called.
/// </summary>
public sealed record DeskCall(string DeskId, string DeskLabel, string OperationId, QueueHead? MustBeat = null);
