namespace Frontdesk.Grains.Stock;

public sealed class StockBinState : IJournaledState<StockBinEvent>
{
    public decimal Quantity { get; set; }

    /// <summary>What the quantity on hand cost, in minor units: goods leave at the average, so the last unit takes the rest and no kopeck drifts.</summary>
    public long ValueMinor { get; set; }

    /// <summary>Set by the first movement that carries money; "XXX" (ISO 4217's "no currency") before.</summary>
    public string Currency { get; set; } = NoCurrency;

    public decimal? LowThreshold { get; set; }
    public List<StockMovement> Movements { get; set; } = [];

    /// <summary>Operation id to its movement's index, so a repeat is answered without a second movement.</summary>
    public Dictionary<string, int> ByOperation { get; set; } = [];

    /// <summary>Visits holding a consumption here now: visit id to that movement's index.</summary>
    public Dictionary<string, int> VisitHolds { get; set; } = [];

    /// <summary>How many times each visit consumed here (a consumption given back lets the visit consume again, under a new operation id).</summary>
    public Dictionary<string, int> VisitRounds { get; set; } = [];

    public const string NoCurrency = "XXX";

    public bool IsLow => LowThreshold is { } threshold && Quantity < threshold;

    public StockMovement? Done(string operationId) => ByOperation.TryGetValue(operationId, out var i) ? Movements[i] : null;

    public void Apply(StockBinEvent @event)
    {
        switch (@event)
        {
            case LowThresholdSet e: LowThreshold = e.Threshold; break;
            case StockMoved { Movement: var m }:
                Quantity = m.QuantityAfter;
                ValueMinor += m.Value.Minor;
                if (m.Value.Currency != NoCurrency) Currency = m.Value.Currency;
                ByOperation[m.OperationId] = Movements.Count;
                if (m.Kind == MovementKind.ConsumedForVisit)
                {
                    VisitHolds[m.Reference!] = Movements.Count;
                    VisitRounds[m.Reference!] = VisitRounds.GetValueOrDefault(m.Reference!) + 1;
                }
                if (m.Kind == MovementKind.ReturnedFromVisit) VisitHolds.Remove(m.Reference!);
                Movements.Add(m);
                break;
        }
    }
}
