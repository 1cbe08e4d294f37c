using Frontdesk.Silo;

namespace Frontdesk.Grains.Settlements;

/// <summary>
/// Settles one visit (key: the booking number): prices and discounts, the payment split, the wallet debit, pack
/// sessions, the advance, the materials, the desk's takings and the booking completed. Each step is idempotent and
/// recorded before the next; a reminder resumes a settlement cut off by a crash, so every path ends in the same state.
/// A refused step undoes the ones before it. Settling again answers the same document.
/// </summary>
public interface IVisitSettlementSaga : IGrainWithStringKey
{
    Task<SettlementDocument> SettleAsync(SettlementRequest request);

    Task<SettlementView> GetAsync();

    /// <summary>The document settling would make now (prices, discounts, advance, commissions), with nothing changed.</summary>
    Task<SettlementDocument> PreviewAsync(SettlementRequest request);

    /// <summary>Reverses everything the settlement did; needs a supervisor's approval and a business day still open.</summary>
    Task<SettlementView> VoidAsync(VoidApproval approval);

    /// <summary>Logs a reprint of the act; answers how many reprints there were.</summary>
    Task<int> LogReprintAsync(string by);
}
