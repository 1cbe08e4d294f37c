namespace Frontdesk.Grains.CashDesk;

/// <summary>
/// One desk's business day. Takings are recorded once per visit (and once more for its void); the close fixes the
/// totals by payment method and from then on the day refuses every change, so the close's figures stay true.
/// </summary>
[GrainType("cash-desk-day")]
public sealed class CashDeskDayGrain(TimeProvider time) : JournaledGrain<DeskDayState, DeskDayEvent>, ICashDeskDayGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!DeskDayKey.TryParse(GetPrimaryKeyString(), out _))
            throw CommandRejectedException.Invalid("invalid-desk-day", $"'{GetPrimaryKeyString()}' is not a desk day (branch/desk/yyyy-MM-dd).");
        return Task.CompletedTask;
    }

    public Task<DeskDayView> GetAsync() => Task.FromResult(View());

    public Task<CashShift> OpenShiftAsync(string cashierId, long openingCash)
    {
        CheckOpen();
        if (string.IsNullOrWhiteSpace(cashierId) || cashierId.Length > 100 || openingCash < 0)
            throw CommandRejectedException.Invalid("invalid-shift", "A shift names its cashier and opens with zero or more cash.");
        if (State.Shifts.LastOrDefault() is { ClosedAt: null } open)
            return open.CashierId == cashierId ? Task.FromResult(open)
                : throw CommandRejectedException.Conflict("shift-open", $"Shift {open.Number} of {open.CashierId} is still open at this desk.");
        RaiseEvent(new ShiftOpened(new CashShift(State.Shifts.Count + 1, cashierId, time.GetUtcNow(), openingCash)));
        return Task.FromResult(State.Shifts[^1]);
    }

    public Task<CashShift> CloseShiftAsync(long closingCash)
    {
        CheckOpen();
        if (closingCash < 0) throw CommandRejectedException.Invalid("invalid-shift", "Closing cash is zero or more.");
        if (State.Shifts.LastOrDefault() is not { ClosedAt: null })
            throw CommandRejectedException.Conflict("no-open-shift", "No shift is open at this desk.");
        RaiseEvent(new ShiftClosed(time.GetUtcNow(), closingCash));
        return Task.FromResult(State.Shifts[^1]);
    }

    public Task<DeskDayView> RecordAsync(DeskTakings takings, string currency)
    {
        if (State.Has(takings.VisitId, takings.Reversal)) return Task.FromResult(View());
        CheckOpen();
        if (State.Currency is { } kept && kept != currency)
            throw CommandRejectedException.Invalid("currency-mismatch", $"This desk takes {kept}, not {currency}.");
        if (takings.Reversal && !State.Has(takings.VisitId, reversal: false))
            throw CommandRejectedException.Conflict("nothing-to-reverse", $"Visit {takings.VisitId} brought nothing to this desk.");
        RaiseEvent(new TakingsRecorded(takings, currency));
        return Task.FromResult(View());
    }

    public Task<DeskDayView> CloseDayAsync(string by)
    {
        if (State.ClosedAt is not null) return Task.FromResult(View());
        if (string.IsNullOrWhiteSpace(by) || by.Length > 100) throw CommandRejectedException.Invalid("invalid-close", "A close names who closes the day.");
        if (State.Shifts.LastOrDefault() is { ClosedAt: null } open)
            throw CommandRejectedException.Conflict("shift-open", $"Shift {open.Number} of {open.CashierId} is still open: close it first.");
        RaiseEvent(new DayClosed(time.GetUtcNow(), by));
        return Task.FromResult(View());
    }

    private void CheckOpen()
    {
        if (State.ClosedAt is { } closed)
            throw CommandRejectedException.Conflict("day-closed",
                $"Business day {GetPrimaryKeyString()} was closed at {closed:u} by {State.ClosedBy}: it is read-only.");
    }

    private DeskDayView View() => new(GetPrimaryKeyString(), State.Currency, [.. State.Shifts], [.. State.Takings],
        new Dictionary<Wallets.PaymentMethod, long>(State.Totals), State.ClosedAt, State.ClosedBy);
}
