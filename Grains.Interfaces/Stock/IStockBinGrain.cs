using Frontdesk.Silo;

namespace Frontdesk.Grains.Stock;

/// <summary>
/// One item in one warehouse (key <see cref="StockBinKey"/>): its quantity, its value at average cost, and every
/// movement. The quantity never goes below zero: a movement that would take more than is left is refused with a
/// <see cref="CommandRejectedException"/> coded <c>insufficient-stock</c> that names the bin and what is left. Every
/// command carries the id that makes a repeat harmless. A bin calls no other grain, so the commands queued behind a
/// turn go to the journal in one append, and two nodes racing on one bin are settled by the journal's version check.
/// </summary>
public interface IStockBinGrain : IGrainWithStringKey
{
    Task<StockBinView> GetAsync();

    /// <summary>Movements at or after <paramref name="from"/> and before <paramref name="to"/> (UTC), oldest first.</summary>
    Task<IReadOnlyList<StockMovement>> GetMovementsAsync(DateTimeOffset from, DateTimeOffset to);

    Task<StockMovement> ReceiveAsync(StockReceipt receipt);

    /// <summary>
    /// Takes <paramref name="quantity"/> for a visit, at most once per visit: while the visit holds a consumption here,
    /// a repeat answers that one (whatever quantity it names). Given back with <see cref="ReturnForVisitAsync"/>, a
    /// later call consumes anew.
    /// </summary>
    Task<StockMovement> ConsumeForVisitAsync(string visitId, decimal quantity);

    /// <summary>Gives back what a visit consumed here; null when it holds nothing here (never took, or gave back already).</summary>
    Task<StockMovement?> ReturnForVisitAsync(string visitId);

    Task<StockMovement> SellAsync(string operationId, decimal quantity, string? note = null);

    /// <summary>Records an inventory count: the movement is the adjustment to <paramref name="counted"/> (zero when it agreed).</summary>
    /// <param name="item">The item's catalog entry: surplus in a bin with no cost history is valued at its list cost.</param>
    Task<StockMovement> CountAsync(string operationId, decimal counted, StockItem item);

    /// <summary>The first step of a transfer: the quantity leaves this bin (refused if it is not here).</summary>
    Task<StockMovement> TransferOutAsync(string transferId, decimal quantity, string toBin);

    /// <summary>The last step of a transfer: the quantity arrives, carrying the value it left the other bin with.</summary>
    Task<StockMovement> TransferInAsync(string transferId, decimal quantity, Money value, string fromBin);

    /// <summary>Undoes <see cref="TransferOutAsync"/> of a transfer that cannot finish; null when it never left or came back already.</summary>
    Task<StockMovement?> ReturnTransferAsync(string transferId);

    /// <summary>Below this quantity the bin is low and its branch's screens say so; null for no threshold.</summary>
    Task<StockBinView> SetLowThresholdAsync(decimal? threshold);
}
