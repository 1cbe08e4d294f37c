namespace Frontdesk.Grains.Settlements;

/// <summary>A client level ("silver", "gold") and the discount it gives on services and products.</summary>
public sealed record MembershipLevel(string Id, string Name, int Percent);
