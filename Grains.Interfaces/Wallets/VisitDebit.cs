namespace Frontdesk.Grains.Wallets;

/// <summary>A visit paid from the wallet: one debit per <see cref="VisitId"/>, whatever the retries.</summary>
public sealed record VisitDebit(string VisitId, Money Amount, string? Note = null);
