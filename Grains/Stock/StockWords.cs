namespace Frontdesk.Grains.Stock;

/// <summary>Puts the catalog's names and units into a bin's refusal, which knows only ids, for the person reading it.</summary>
internal static class StockWords
{
    public static async Task<T> NamedAsync<T>(StockCatalogView catalog, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (CommandRejectedException ex) when (ex.Code == StockRefusals.InsufficientStock)
        {
            throw Named(ex, catalog);
        }
    }

    public static CommandRejectedException Named(CommandRejectedException refusal, StockCatalogView catalog)
    {
        if (refusal.Code != StockRefusals.InsufficientStock || refusal.Details.GetValueOrDefault("bin") is not string key
            || !StockBinKey.TryParse(key, out var bin)) return refusal;
        var item = catalog.FindItem(bin.ItemId);
        var warehouse = catalog.FindWarehouse(bin.WarehouseId);
        var unit = item is null ? "" : $" {item.Unit}";
        return new CommandRejectedException(refusal.Kind, refusal.Code,
            $"Not enough {item?.Name ?? bin.ItemId} in {warehouse?.Name ?? bin.WarehouseId} (bin {bin}): " +
            $"{refusal.Details["left"]:0.###}{unit} left, {refusal.Details["asked"]:0.###}{unit} asked. Nothing was taken.",
            refusal.Details);
    }
}
