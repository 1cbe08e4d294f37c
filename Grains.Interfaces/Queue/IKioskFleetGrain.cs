using Frontdesk.Silo;

namespace Frontdesk.Grains.Queue;

/// <summary>
/// A branch's ticket kiosks (key: the branch id): the last printer status each reported. Only a change of status is
/// stored, so a kiosk repeating "ok" writes nothing.
/// </summary>
public interface IKioskFleetGrain : IGrainWithStringKey
{
    Task<KioskFleetView> GetAsync();

    Task<KioskFleetView> ReportPrinterAsync(string kioskId, PrinterHealth status, string? detail);
}
