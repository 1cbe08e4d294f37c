using Frontdesk.Grains.Stock;

namespace Frontdesk.Grains.Demo;

/// <summary>
/// The demo's stock: per branch a main store, a store for massage, spa, cosmetology and salon, and a retail shelf
/// (dentistry draws from the main store); a dozen materials and products; norms for the services that use them; a
/// first delivery into every bin a norm draws from, with low-stock thresholds. Every write is an upsert or carries a
/// fixed operation id, so a seeding cut short is completed by the next run.
/// </summary>
public static class DemoStock
{
    private static readonly string[] StoredDirections = ["massage", "spa", "cosmetology", "salon"];

    public static readonly IReadOnlyList<StockItem> Items =
    [
        Item("massage-oil", "Almond massage oil", "ml", 1000, 1_450),
        Item("disposable-sheet", "Disposable sheet", "pcs", 100, 2_300),
        Item("seaweed-wrap", "Seaweed wrap mix", "g", 1000, 3_200),
        Item("salt-scrub", "Sea salt scrub", "g", 1000, 1_100),
        Item("peel-solution", "Glycolic peel 35%", "ml", 30, 4_800),
        Item("hyaluronic-gel", "Hyaluronic gel syringe", "pcs", 1, 6_500),
        Item("gloves", "Nitrile gloves, pair", "pcs", 100, 690),
        Item("hair-dye", "Permanent hair dye", "ml", 60, 650),
        Item("oxidant", "Oxidant 6%", "ml", 1000, 900),
        Item("gel-polish", "Gel polish", "ml", 10, 780),
        Item("shampoo", "Salon shampoo", "ml", 1000, 1_200),
        Item("face-cream", "Moisturising face cream, 50 ml jar", "pcs", 1, 1_800),
        Item("hand-cream", "Hand cream, 75 ml tube", "pcs", 1, 450),
    ];

    public static readonly IReadOnlyList<ConsumptionNorm> Norms =
    [
        Norm("massage-classic", ("massage-oil", 30), ("disposable-sheet", 1)),
        Norm("massage-back", ("massage-oil", 15), ("disposable-sheet", 1)),
        Norm("massage-sport", ("massage-oil", 40), ("disposable-sheet", 1)),
        Norm("massage-anticellulite", ("massage-oil", 25), ("disposable-sheet", 1)),
        Norm("spa-wrap", ("seaweed-wrap", 300), ("disposable-sheet", 2)),
        Norm("spa-scrub", ("salt-scrub", 200), ("disposable-sheet", 1)),
        Norm("cosm-peel", ("peel-solution", 3), ("gloves", 1)),
        Norm("cosm-biorevital", ("hyaluronic-gel", 1), ("gloves", 1)),
        Norm("salon-colour", ("hair-dye", 60), ("oxidant", 90), ("gloves", 1)),
        Norm("salon-manicure", ("gel-polish", 1), ("gloves", 1)),
        Norm("salon-pedicure", ("gel-polish", 1.5m), ("gloves", 1)),
        Norm("salon-haircut-women", ("shampoo", 20)),
        Norm("dent-cleaning", ("gloves", 2)),
    ];

    public static async Task<int> SeedAsync(IGrainFactory grains, IReadOnlyList<string> branchIds, IReadOnlyList<Catalog.Service> services)
    {
        var stock = grains.GetGrain<IStockCatalogGrain>(Chain.Key);
        var warehouses = branchIds.SelectMany(Warehouses).ToList();
        await Task.WhenAll(warehouses.Select(stock.UpsertWarehouseAsync).Concat(Items.Select(stock.UpsertItemAsync)));
        var view = (await Task.WhenAll(Norms.Select(stock.SetNormAsync))).MaxBy(v => v.Version)!;
        var bins = 0;
        foreach (var branchId in branchIds)
        {
            // Each store gets what its directions' norms use: four times a pack, and a threshold of one pack.
            var needs = Norms.SelectMany(n => n.Lines.Select(l => (Store: view.StoreFor(branchId, services.Single(s => s.Id == n.ServiceId).DirectionId)!, l.ItemId)))
                .Distinct().ToList();
            needs.AddRange(new[] { "face-cream", "hand-cream" }.Select(item => (view.WarehousesOf(branchId).Single(w => w.Kind == WarehouseKind.Retail), item)));
            await Task.WhenAll(needs.Select(need => FillAsync(grains, branchId, need.Store, view.Item(need.ItemId))));
            bins += needs.Count;
        }
        return bins;
    }

    private static async Task FillAsync(IGrainFactory grains, string branchId, Warehouse store, StockItem item)
    {
        var bin = grains.GetGrain<IStockBinGrain>(new StockBinKey(branchId, store.Id, item.Id).ToString());
        var packs = store.Kind == WarehouseKind.Retail ? 12 : 4;
        await bin.ReceiveAsync(new StockReceipt($"demo-{store.Id}-{item.Id}", item.PackSize * packs, item.PackCost with { Minor = item.PackCost.Minor * packs },
            "Beauty Supply Moscow LLC", $"DEMO-{item.Id.ToUpperInvariant()}"));
        await bin.SetLowThresholdAsync(store.Kind == WarehouseKind.Retail ? 3 : item.PackSize);
    }

    private static IEnumerable<Warehouse> Warehouses(string branchId) =>
    [
        new($"{branchId}-main", branchId, "Main store", WarehouseKind.Main),
        .. StoredDirections.Select(d => new Warehouse($"{branchId}-{d}", branchId, $"{char.ToUpperInvariant(d[0])}{d[1..]} store", WarehouseKind.Direction, d)),
        new($"{branchId}-shelf", branchId, "Retail shelf", WarehouseKind.Retail),
    ];

    private static StockItem Item(string id, string name, string unit, decimal packSize, long roubles) =>
        new(id, name, unit, packSize, new Money(roubles * 100, DemoChain.Currency));

    private static ConsumptionNorm Norm(string serviceId, params (string Item, decimal Quantity)[] lines) =>
        new(serviceId, [.. lines.Select(l => new NormLine(l.Item, l.Quantity))]);
}
