namespace Frontdesk.Grains.Stock;

/// <summary>The quantity left the source; until <see cref="TransferCompleted"/> it is in transit, and the saga owes it to the target.</summary>
public sealed record TransferTakenOut(StockMovement Out) : TransferEvent;
