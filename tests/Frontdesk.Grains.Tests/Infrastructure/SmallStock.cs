using System.Text.Json;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Stock;
using Frontdesk.Silo.Journal;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>
/// Stock for <see cref="SmallChain"/>'s Moscow branch: a main store, a spa store and a retail shelf; massage oil,
/// towels, face cream and shampoo; norms for the massage, the facial and a salon haircut (salon has no store of its own).
/// </summary>
public static class SmallStock
{
    public const string Main = "msk-main";
    public const string Spa = "msk-spa";
    public const string Shelf = "msk-shelf";
    public const string Oil = "massage-oil";
    public const string Towel = "towel";
    public const string Cream = "face-cream";
    public const string Shampoo = "shampoo";
    public const string Haircut = "haircut";

    public static async Task SeedAsync(TestChain chain)
    {
        await chain.Catalog.UpsertDirectionAsync(new Direction("salon", "Salon"));
        await chain.Catalog.UpsertServiceAsync(new Service(Haircut, "Haircut", "salon", 45, 0, 10, new Money(200_000, "RUB")));
        var stock = Catalog(chain);
        await stock.UpsertWarehouseAsync(new Warehouse(Main, SmallChain.Moscow, "Main store", WarehouseKind.Main));
        await stock.UpsertWarehouseAsync(new Warehouse(Spa, SmallChain.Moscow, "Spa store", WarehouseKind.Direction, "spa"));
        await stock.UpsertWarehouseAsync(new Warehouse(Shelf, SmallChain.Moscow, "Retail shelf", WarehouseKind.Retail));
        await stock.UpsertItemAsync(new StockItem(Oil, "Massage oil", "ml", 500, new Money(90_000, "RUB")));
        await stock.UpsertItemAsync(new StockItem(Towel, "Disposable towel", "pcs", 100, new Money(150_000, "RUB")));
        await stock.UpsertItemAsync(new StockItem(Cream, "Face cream", "ml", 50, new Money(250_000, "RUB")));
        await stock.UpsertItemAsync(new StockItem(Shampoo, "Shampoo", "ml", 1000, new Money(120_000, "RUB")));
        await stock.SetNormAsync(new ConsumptionNorm(SmallChain.Massage60, [new(Oil, 30), new(Towel, 2)]));
        await stock.SetNormAsync(new ConsumptionNorm(SmallChain.Facial30, [new(Cream, 5), new(Towel, 1)]));
        await stock.SetNormAsync(new ConsumptionNorm(Haircut, [new(Shampoo, 20)]));
    }

    public static IStockCatalogGrain Catalog(TestChain chain) => chain.Grains.GetGrain<IStockCatalogGrain>(Chain.Key);

    public static string BinKey(string warehouse, string item) => new StockBinKey(SmallChain.Moscow, warehouse, item).ToString();

    public static IStockBinGrain Bin(TestChain chain, string warehouse, string item) => chain.Grains.GetGrain<IStockBinGrain>(BinKey(warehouse, item));

    public static StockReceipt Delivery(decimal quantity, long kopecks, string? operationId = null) =>
        new(operationId ?? Guid.NewGuid().ToString("N"), quantity, new Money(kopecks, "RUB"), "Aroma Supply LLC", "INV-1");

    public sealed record StoredMovement(string OperationId, string Kind, decimal Quantity, decimal QuantityAfter, string? Reference);

    /// <summary>A bin's movements as the journal table holds them, folded on their own (not by the grain's state class).</summary>
    public static async Task<IReadOnlyList<StoredMovement>> StoredMovementsAsync(IJournalStorage storage, string binKey)
    {
        var movements = new List<StoredMovement>();
        var expected = 1L;
        foreach (var commit in await storage.ReadCommitsAsync("stock-bin", binKey, 0, CancellationToken.None))
        {
            Assert.Equal(expected, commit.FirstVersion);
            expected = commit.LastVersion + 1;
            using var events = JsonDocument.Parse(commit.EventsJson);
            foreach (var e in events.RootElement.EnumerateArray())
            {
                if (e.GetProperty("$event").GetString() != "moved") continue;
                var m = e.GetProperty("movement");
                movements.Add(new StoredMovement(m.GetProperty("operationId").GetString()!, m.GetProperty("kind").ToString(), m.GetProperty("quantity").GetDecimal(),
                    m.GetProperty("quantityAfter").GetDecimal(), m.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null));
            }
        }
        return movements;
    }
}
