namespace Frontdesk.Grains.Wallets;

public enum WalletEntryKind
{
    /// <summary>Money put on the wallet (cash, card, transfer).</summary>
    Deposit,
    /// <summary>Money paid in ahead of a booking.</summary>
    Prepayment,
    /// <summary>A settlement's overpayment, kept for next time.</summary>
    Advance,
    /// <summary>A visit paid from the wallet: at most one per visit.</summary>
    VisitDebit,
    /// <summary>An advance paid back to the client (a cash-out document).</summary>
    Refund,
    /// <summary>A visit pack or membership bought from the wallet.</summary>
    PackPurchase,
    /// <summary>Undoes one earlier entry (a voided visit); at most one per entry.</summary>
    Reversal,
}
