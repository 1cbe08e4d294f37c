namespace Frontdesk.Grains.Queue;

/// <summary>A branch's kiosks and their printers, for reception to see which one needs paper.</summary>
public sealed record KioskFleetView(string BranchId, long Version, IReadOnlyList<KioskPrinterReport> Kiosks);
