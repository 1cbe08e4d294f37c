namespace Frontdesk.Grains.Stock;

/// <summary>One change of a bin, as recorded.</summary>
/// <param name="OperationId">What makes a repeat of the same operation a repeat: the request's key, "visit:{id}:{round}", "transfer-out:{id}"…</param>
/// <param name="Quantity">Signed: what came in is positive, what went out negative.</param>
/// <param name="Value">Signed, at the bin's average cost: what the movement took out of or added to the bin's value.</param>
/// <param name="QuantityAfter">What the bin held right after it.</param>
/// <param name="Reference">The visit, transfer, supplier or note the movement belongs to.</param>
public sealed record StockMovement(string OperationId, MovementKind Kind, decimal Quantity, Money Value, decimal QuantityAfter, DateTimeOffset At,
    string? Reference = null);
