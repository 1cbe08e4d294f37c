using Frontdesk.Silo;

namespace Frontdesk.Grains.Stock;

/// <summary>
/// Moves stock between two bins (key: the transfer id): out of the source, then into the target, each step recorded
/// before the next and each idempotent by the transfer id. A reminder resumes a transfer cut off by a crash, so the
/// quantity is never lost and never doubled; a refused step gives back what left the source.
/// </summary>
public interface IStockTransferSaga : IGrainWithStringKey
{
    /// <summary>Runs the transfer (or, run already with this id, answers how it ended).</summary>
    Task<StockTransferView> RunAsync(StockTransferRequest request);

    Task<StockTransferView> GetAsync();
}
