namespace Frontdesk.Kiosk.Engine;

/// <summary>The answer to <c>GET api/queue/branches/{branchId}/lines</c>.</summary>
public sealed record BranchLines(Branch Branch, IReadOnlyList<QueueLine> Lines);
