namespace Frontdesk.Grains.Stock;

/// <summary>Revenue minus materials for one direction; revenue and margin are null while revenue is not known.</summary>
public sealed record DirectionMargin(string? DirectionId, Money? Revenue, Money Materials, Money? Margin);
