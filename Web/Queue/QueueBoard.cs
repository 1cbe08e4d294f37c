using Frontdesk.Grains.Queue;

namespace Frontdesk.Web.Queue;

/// <summary>A branch's queue on one business day: what the lobby and the desks show, read at once.</summary>
public sealed record QueueBoard(BranchSummary Branch, DateOnly Date, QueueSetupView Setup, KioskFleetView Kiosks, IReadOnlyList<QueueCounterView> Lines);
