namespace Frontdesk.Grains.Stock;

/// <summary>The indexes stock grains write with their commits, so reports list a branch's bins and visits without touching each grain.</summary>
public static class StockIndexes
{
    /// <summary>Every bin that ever moved: key "{branch}|{warehouse}|{item}", data its <see cref="StockBinView"/> at that commit.</summary>
    public const string Bins = "stock-bins";

    /// <summary>Every visit that consumed materials: key "{branch}|{instant}", data its <see cref="VisitMaterialsRecord"/>.</summary>
    public const string VisitMaterials = "visit-materials";

    public static string BranchPrefix(string branchId) => $"{branchId}|";
}
