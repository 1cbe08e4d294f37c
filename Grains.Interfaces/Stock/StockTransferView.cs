using Frontdesk.Grains.Sagas;

namespace Frontdesk.Grains.Stock;

/// <summary>Where a transfer stands: its steps done and, when it failed, why (its quantity is then back in the source).</summary>
public sealed record StockTransferView(string Id, SagaStatus Status, StockTransferRequest? Request, IReadOnlyList<string> Steps, string? FailureCode,
    string? FailureMessage);
