namespace Frontdesk.Grains.Stock;

public sealed record TransferCompleted(StockMovement In) : TransferEvent;
