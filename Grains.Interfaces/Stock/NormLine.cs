namespace Frontdesk.Grains.Stock;

/// <summary>How much of one item a service uses, in the item's unit.</summary>
public sealed record NormLine(string ItemId, decimal Quantity);
