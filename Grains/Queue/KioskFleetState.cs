namespace Frontdesk.Grains.Queue;

public sealed class KioskFleetState : IJournaledState<KioskFleetEvent>
{
    public Dictionary<string, KioskPrinterReport> Kiosks { get; set; } = new(StringComparer.Ordinal);

    public void Apply(KioskFleetEvent @event)
    {
        if (@event is PrinterStatusChanged e) Kiosks[e.Report.KioskId] = e.Report;
    }
}
