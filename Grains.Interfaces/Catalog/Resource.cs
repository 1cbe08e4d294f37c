namespace Frontdesk.Grains.Catalog;

/// <summary>A room, chair or device of a branch that a service may need; one booking at a time.</summary>
public sealed record Resource(string Id, string BranchId, string Type, string Name);
