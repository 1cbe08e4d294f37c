namespace Frontdesk.Grains.Wallets;

/// <summary>
/// A client's wallet: the balance is always the sum of <see cref="Entries"/>; it goes below zero only as far as
/// <see cref="CreditLimit"/>. <see cref="Currency"/> is null until the first entry.
/// </summary>
public sealed record WalletView(string ClientId, string? Currency, long Balance, long CreditLimit, IReadOnlyList<WalletEntry> Entries,
    IReadOnlyList<VisitPack> Packs, long Version, string? Level = null);
