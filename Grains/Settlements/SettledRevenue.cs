using Frontdesk.Grains.Stock;
using Frontdesk.Silo.Journal;

namespace Frontdesk.Grains.Settlements;

/// <summary>
/// Revenue for the stock margin report: the lines of the visits settled at a branch in the period (voided ones leave
/// the index), after discounts, by the direction of each line; products sold without a direction fall with the main
/// store and the shelf, as their materials do.
/// </summary>
public sealed class SettledRevenue(GrainIndex index) : IRevenueSource
{
    private const int MaxVisits = 100_000;

    public async Task<IReadOnlyList<DirectionRevenue>?> RevenueAsync(string branchId, DateTimeOffset from, DateTimeOffset to)
    {
        var settled = await index.QueryAsync<SettlementDocument>(new IndexQuery(SettlementIndexes.Settlements) { KeyPrefix = branchId + "|", Limit = MaxVisits });
        return
        [
            .. settled.Select(hit => hit.Data).Where(d => d.SettledAt >= from && d.SettledAt < to)
                .SelectMany(d => d.Lines.Select(line => (Direction: line.DirectionId ?? "", line.PriceAfter, d.Currency)))
                .GroupBy(l => (l.Direction, l.Currency))
                .Select(g => new DirectionRevenue(g.Key.Direction, new Money(g.Sum(l => l.PriceAfter), g.Key.Currency))),
        ];
    }
}
