namespace Frontdesk.Grains.Stock;

/// <summary>An amount for one direction; a null direction is the main store and the retail shelf.</summary>
public sealed record DirectionAmount(string? DirectionId, Money Amount);
