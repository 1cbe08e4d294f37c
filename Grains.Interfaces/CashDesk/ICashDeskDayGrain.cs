using Frontdesk.Silo;

namespace Frontdesk.Grains.CashDesk;

/// <summary>
/// One desk's business day (key <see cref="DeskDayKey"/>): shifts, the takings of the visits settled there, and the
/// daily close, after which the day refuses every change.
/// </summary>
public interface ICashDeskDayGrain : IGrainWithStringKey
{
    Task<DeskDayView> GetAsync();

    Task<CashShift> OpenShiftAsync(string cashierId, long openingCash);

    Task<CashShift> CloseShiftAsync(long closingCash);

    /// <summary>Records a visit's takings once per visit (a reversal once more); refused once the day is closed.</summary>
    Task<DeskDayView> RecordAsync(DeskTakings takings, string currency);

    /// <summary>Closes the day: totals by payment method are final and the day is read-only.</summary>
    Task<DeskDayView> CloseDayAsync(string by);
}
