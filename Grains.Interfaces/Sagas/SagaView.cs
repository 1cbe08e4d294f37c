namespace Frontdesk.Grains.Sagas;

/// <summary>Where a saga stands: its status, its steps done, and, when it failed, why.</summary>
public sealed record SagaView(string Id, SagaStatus Status, IReadOnlyList<string> Steps, string? FailureCode, string? FailureMessage,
    IReadOnlyList<string> BookingIds);
