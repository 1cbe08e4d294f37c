namespace Frontdesk.Grains.Settlements;

/// <summary>Where a visit's settlement stands: its document, the steps done, why it failed, and who voided it.</summary>
public sealed record SettlementView(string VisitId, SettlementStatus Status, SettlementDocument? Document, IReadOnlyList<string> Steps,
    string? FailureCode, string? FailureMessage, string? VoidedBy, string? VoidReason, int Reprints);
