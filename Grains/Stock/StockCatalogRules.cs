using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Stock;

/// <summary>What a warehouse, an item and a norm must be, checked against the rest before they are stored.</summary>
internal static class StockCatalogRules
{
    private const string InvalidEntry = "invalid-stock-entry";
    private const int MaxNormLines = 30;

    public static void Check(Warehouse w, StockCatalogState state, CatalogView catalog)
    {
        var problems = new Problems();
        problems.Id("id", w.Id);
        if (w.BranchId is null || catalog.FindBranch(w.BranchId) is null) problems.Add("branchId", $"there is no branch '{w.BranchId}'");
        else if (state.Warehouses.TryGetValue(w.Id ?? "", out var earlier) && earlier.BranchId != w.BranchId)
            problems.Add("branchId", $"warehouse '{w.Id}' belongs to branch '{earlier.BranchId}': its bins hold stock, it cannot move");
        problems.Text("name", w.Name, 200);
        if (!Enum.IsDefined(w.Kind)) problems.Add("kind", "must be Main, Direction or Retail");
        if (w.Kind == WarehouseKind.Direction && (w.DirectionId is null || catalog.FindDirection(w.DirectionId) is null))
            problems.Add("directionId", $"a direction's store names an existing direction; there is no '{w.DirectionId}'");
        problems.ThrowIfAny(InvalidEntry, $"warehouse '{w.Id}'");
    }

    public static void Check(StockItem i)
    {
        var problems = new Problems();
        problems.Id("id", i.Id);
        problems.Text("name", i.Name, 200);
        problems.Text("unit", i.Unit, 20);
        if (i.PackSize <= 0) problems.Add("packSize", "must be more than zero");
        if (i.PackCost.Minor < 0) problems.Add("packCost", "cannot be negative");
        if (i.PackCost.Currency is not { Length: 3 }) problems.Add("packCost.currency", "must be an ISO 4217 code such as RUB");
        problems.ThrowIfAny(InvalidEntry, $"item '{i.Id}'");
    }

    public static void Check(ConsumptionNorm n, StockCatalogState state, CatalogView catalog)
    {
        var problems = new Problems();
        if (n.ServiceId is null || catalog.FindService(n.ServiceId) is null) problems.Add("serviceId", $"there is no service '{n.ServiceId}'");
        if (n.Lines is null) problems.Add("lines", "is required (an empty list removes the norm)");
        else
        {
            if (n.Lines.Count > MaxNormLines) problems.Add("lines", $"a norm has at most {MaxNormLines} lines");
            foreach (var line in n.Lines)
            {
                if (line.ItemId is null || !state.Items.ContainsKey(line.ItemId)) problems.Add("lines", $"there is no item '{line.ItemId}'");
                if (line.Quantity <= 0) problems.Add("lines", $"the quantity of '{line.ItemId}' must be more than zero");
            }
        }
        problems.ThrowIfAny(InvalidEntry, $"norm of service '{n.ServiceId}'");
    }
}
