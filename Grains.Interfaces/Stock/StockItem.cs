namespace Frontdesk.Grains.Stock;

/// <summary>A material or product the chain stocks.</summary>
/// <param name="Unit">What quantities of it are counted in: "ml", "g", "pcs".</param>
/// <param name="PackSize">How many units a supplier's pack holds (a 500 ml bottle).</param>
/// <param name="PackCost">The list cost of a pack; stock is valued at what deliveries actually cost, this prices surplus found by a count in a bin that never had a delivery.</param>
public sealed record StockItem(string Id, string Name, string Unit, decimal PackSize, Money PackCost);
