namespace Frontdesk.Grains.Security;

/// <summary>Creates or replaces an account; <paramref name="PasswordHash"/> is made by the edge's password hasher, never stored in clear.</summary>
public sealed record StaffAccountSetUp(
    string DisplayName, StaffRole Role, IReadOnlyList<string> Branches, string? SpecialistId, string? ClientId, string PasswordHash, bool Demo = false);
