using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.CashDesk;

public sealed class DeskDayState : IJournaledState<DeskDayEvent>
{
    public string? Currency { get; set; }
    public List<CashShift> Shifts { get; set; } = [];
    public List<DeskTakings> Takings { get; set; } = [];
    public Dictionary<PaymentMethod, long> Totals { get; set; } = [];
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }

    public bool Has(string visitId, bool reversal) => Takings.Any(t => t.VisitId == visitId && t.Reversal == reversal);

    public void Apply(DeskDayEvent @event)
    {
        switch (@event)
        {
            case ShiftOpened e: Shifts.Add(e.Shift); break;
            case ShiftClosed e: Shifts[^1] = Shifts[^1] with { ClosedAt = e.At, ClosingCash = e.ClosingCash }; break;
            case TakingsRecorded e:
                Currency ??= e.Currency;
                Takings.Add(e.Takings);
                foreach (var (method, amount) in e.Takings.ByMethod) Totals[method] = Totals.GetValueOrDefault(method) + amount;
                break;
            case DayClosed e: (ClosedAt, ClosedBy) = (e.At, e.By); break;
        }
    }
}
