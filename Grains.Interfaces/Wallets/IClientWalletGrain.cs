using Frontdesk.Silo;

namespace Frontdesk.Grains.Wallets;

/// <summary>
/// A client's one wallet (key: the client id of an owner; a dependent has none, what they receive is paid from their
/// owner's). A ledger: every change is an entry made once per operation id, the balance is the entries' sum and never
/// below minus the credit limit. Refusals are <see cref="CommandRejectedException"/> and change nothing.
/// </summary>
public interface IClientWalletGrain : IGrainWithStringKey
{
    Task<WalletView> GetAsync();

    Task<WalletEntry> DepositAsync(WalletDeposit deposit);

    /// <summary>Pays a visit from the wallet; the same visit again answers the first debit (a different amount is refused).</summary>
    Task<WalletEntry> DebitVisitAsync(VisitDebit debit);

    Task<WalletEntry> RefundAsync(WalletRefund refund);

    /// <summary>Undoes entry <paramref name="entryId"/> with an opposite entry, once; refused if it would break the credit limit.</summary>
    Task<WalletEntry> ReverseAsync(string entryId, string reason);

    /// <summary>How far below zero the balance may go (0 for none); refused below what the client already owes.</summary>
    Task<WalletView> SetCreditLimitAsync(Money limit);

    /// <summary>The client's membership level (its discount comes from the sales rules); null for none.</summary>
    Task<WalletView> SetLevelAsync(string? levelId);

    Task<VisitPack> SellPackAsync(PackSale sale);

    Task<VisitPack> UsePackAsync(PackUse use);

    /// <summary>Gives back the session a voided visit used; nothing if it used none.</summary>
    Task<VisitPack> ReturnPackSessionAsync(string packId, string visitId);
}
