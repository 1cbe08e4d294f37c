using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Stock;

/// <summary>A report's period: local dates at the branch, both included, as UTC instants [From, To).</summary>
public sealed record StockPeriod(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>The period from <paramref name="first"/> to <paramref name="last"/> at the branch; either left out is the branch's today.</summary>
    public static StockPeriod Of(CatalogView catalog, string branchId, DateOnly? first, DateOnly? last, DateTimeOffset now)
    {
        var zone = catalog.TimeZoneOf(branchId);
        var today = BranchClock.Today(now, zone);
        var (from, to) = (first ?? today, last ?? today);
        if (to < from)
            throw CommandRejectedException.Invalid("invalid-period", $"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).",
                new Dictionary<string, object?> { ["to"] = "is before from" });
        return new StockPeriod(BranchClock.StartOfDayUtc(from, zone), BranchClock.EndOfDayUtc(to, zone));
    }
}
