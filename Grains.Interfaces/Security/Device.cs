namespace Frontdesk.Grains.Security;

/// <summary>A kiosk or a lobby screen: one branch, one role, a token (kept as a hash) that a manager can revoke.</summary>
public sealed record Device(string Id, string Name, string BranchId, StaffRole Role, string TokenHash, bool Demo, DateTimeOffset RegisteredAt,
    DateTimeOffset? RevokedAt);
