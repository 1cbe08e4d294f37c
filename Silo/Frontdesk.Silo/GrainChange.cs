namespace Frontdesk.Silo;

/// <summary>A commit of one grain, as the change feed tells it: versions <paramref name="FirstVersion"/>..<paramref name="Version"/>.</summary>
/// <param name="FromOtherNode">True when another node committed it and this node heard of it through the database.</param>
public sealed record GrainChange(GrainId Grain, long FirstVersion, long Version, IReadOnlyList<object> Events, bool FromOtherNode);
