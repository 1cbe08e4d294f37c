namespace Frontdesk.Grains.Catalog;

/// <param name="Number">Unique in the chain: it is part of every booking number of the specialist.</param>
public sealed record Specialist(
    string Id,
    int Number,
    string Name,
    string Position,
    IReadOnlyList<string> BranchIds,
    IReadOnlyList<string> DirectionIds,
    IReadOnlyList<string> ServiceIds,
    string? PhotoUrl = null);
