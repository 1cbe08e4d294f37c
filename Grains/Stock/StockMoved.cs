namespace Frontdesk.Grains.Stock;

/// <summary>Every quantity change of a bin is one movement; the kind says which.</summary>
public sealed record StockMoved(StockMovement Movement) : StockBinEvent;
