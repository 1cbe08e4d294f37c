using Frontdesk.Grains.Queue;

namespace Frontdesk.Web.Queue;

/// <summary>The answer to <c>GET /api/queue/branches/{branchId}/lines</c> (the kiosk's first call).</summary>
public sealed record BranchLinesResponse(BranchSummary Branch, IReadOnlyList<QueueLine> Lines, IReadOnlyList<QueueDesk> Desks);
