namespace Frontdesk.Grains.Stock;

/// <summary>Move <see cref="Quantity"/> from one bin to another (bin keys: branch/warehouse/item, the same item).</summary>
public sealed record StockTransferRequest(string FromBin, string ToBin, decimal Quantity);
