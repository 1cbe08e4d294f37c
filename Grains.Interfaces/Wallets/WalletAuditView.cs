namespace Frontdesk.Grains.Wallets;

/// <summary>
/// A wallet as its history shows it before and after a change: the balance and terms, and the entry the change made
/// (the ledger itself grows with every entry, so it is not copied into every audit row).
/// </summary>
public sealed record WalletAuditView(string? Currency, long Balance, long CreditLimit, string? Level, int Entries, WalletEntry? LastEntry,
    IReadOnlyList<VisitPack> Packs);
