namespace Frontdesk.Grains.Stock;

/// <summary>
/// Which stock bin a grain is: "{branch}/{warehouse}/{item}". The branch is part of the key so a bin's commits can be
/// routed to its branch's screens without asking anyone.
/// </summary>
public readonly record struct StockBinKey(string BranchId, string WarehouseId, string ItemId)
{
    public override string ToString() => $"{BranchId}/{WarehouseId}/{ItemId}";

    public static StockBinKey Parse(string key) =>
        TryParse(key, out var parsed) ? parsed : throw CommandRejectedException.Invalid("invalid-bin-key", $"'{key}' is not a stock bin (branch/warehouse/item).");

    public static bool TryParse(string? key, out StockBinKey parsed)
    {
        parsed = default;
        var parts = key?.Split('/');
        if (parts is not { Length: 3 } || parts.Any(p => p.Length == 0)) return false;
        parsed = new StockBinKey(parts[0], parts[1], parts[2]);
        return true;
    }
}
