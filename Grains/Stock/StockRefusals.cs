namespace Frontdesk.Grains.Stock;

internal static class StockRefusals
{
    public const string InsufficientStock = "insufficient-stock";

    public static CommandRejectedException NotEnough(StockBinKey bin, decimal left, decimal asked) =>
        CommandRejectedException.Conflict(InsufficientStock,
            $"Not enough stock in bin {bin}: {left:0.###} left, {asked:0.###} asked. Nothing was taken.",
            new Dictionary<string, object?>
            {
                ["bin"] = bin.ToString(), ["warehouseId"] = bin.WarehouseId, ["itemId"] = bin.ItemId, ["left"] = left, ["asked"] = asked,
            });
}
