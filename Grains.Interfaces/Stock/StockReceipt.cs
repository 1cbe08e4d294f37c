namespace Frontdesk.Grains.Stock;

/// <summary>A delivery from a supplier into a bin.</summary>
/// <param name="Cost">What the whole delivery cost.</param>
public sealed record StockReceipt(string OperationId, decimal Quantity, Money Cost, string Supplier, string? Document = null);
