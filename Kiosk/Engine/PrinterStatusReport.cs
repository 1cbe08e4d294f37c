using Frontdesk.Kiosk.Printing;

namespace Frontdesk.Kiosk.Engine;

/// <summary>The body of <c>POST …/kiosks/{kioskId}/printer-status</c>; the status is written "ok", "offline", "paper-out" or "error".</summary>
public sealed record PrinterStatusReport(PrinterStatus Status, string? Detail);
