namespace Frontdesk.Grains.Stock;

/// <summary>What a direction's settled visits brought in at a branch over a period.</summary>
public sealed record DirectionRevenue(string DirectionId, Money Revenue);
