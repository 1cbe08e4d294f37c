namespace Frontdesk.Grains.Stock;

public sealed record TransferStarted(StockTransferRequest Request) : TransferEvent;
