namespace Frontdesk.Kiosk.Tests.Infrastructure;

public sealed record ReceivedPrinterStatus(string KioskId, string Status, string? Detail);
