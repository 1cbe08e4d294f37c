namespace Frontdesk.Grains.Queue;

public sealed record PrinterStatusChanged(KioskPrinterReport Report) : KioskFleetEvent;
