namespace Frontdesk.Grains.Queue;

[GrainType("kiosk-fleet")]
public sealed class KioskFleetGrain(TimeProvider time) : JournaledGrain<KioskFleetState, KioskFleetEvent>, IKioskFleetGrain
{
    public Task<KioskFleetView> GetAsync() => Task.FromResult(View());

    public Task<KioskFleetView> ReportPrinterAsync(string kioskId, PrinterHealth status, string? detail)
    {
        var problems = new Problems();
        problems.Text("kioskId", kioskId, 64);
        if (!Enum.IsDefined(status)) problems.Add("status", $"'{status}' is not ok, offline, paper-out or error");
        problems.MaxLength("detail", detail, 500);
        problems.ThrowIfAny("invalid-printer-report", "printer report");
        var tidy = string.IsNullOrWhiteSpace(detail) ? null : detail.Trim();
        if (State.Kiosks.GetValueOrDefault(kioskId) is not { } last || last.Status != status || last.Detail != tidy)
            RaiseEvent(new PrinterStatusChanged(new KioskPrinterReport(kioskId, status, tidy, time.GetUtcNow())));
        return Task.FromResult(View());
    }

    private KioskFleetView View() =>
        new(GetPrimaryKeyString(), TentativeVersion, [.. State.Kiosks.Values.OrderBy(k => k.KioskId, StringComparer.Ordinal)]);
}
