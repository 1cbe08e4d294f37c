namespace Frontdesk.Grains.Queue;

/// <summary>A kiosk's printer as last reported: <see cref="Since"/> is when it came to this status.</summary>
public sealed record KioskPrinterReport(string KioskId, PrinterHealth Status, string? Detail, DateTimeOffset Since);
