namespace Frontdesk.Grains.Queue;

/// <summary>A branch's queue set-up at one version: its lines in display order, its desks, and its rules.</summary>
/// <param name="RecallsBeforeNoShow">How many times a called ticket is recalled before a desk may mark it a no-show.</param>
public sealed record QueueSetupView(
    string BranchId,
    long Version,
    IReadOnlyList<QueueLine> Lines,
    IReadOnlyList<QueueDesk> Desks,
    int RecallsBeforeNoShow)
{
    public QueueLine? FindLine(string lineId) => Lines.FirstOrDefault(l => l.Id == lineId);

    public QueueDesk? FindDesk(string deskId) => Desks.FirstOrDefault(d => d.Id == deskId);
}
