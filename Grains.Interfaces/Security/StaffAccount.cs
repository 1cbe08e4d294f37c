namespace Frontdesk.Grains.Security;

/// <summary>
/// A person who signs in: staff (one role, the branches they work in; an owner's list is empty and means the whole
/// chain), or an online client bound to one client card. The password is kept only as a hash.
/// </summary>
/// <param name="SpecialistId">For a specialist: the catalog specialist whose days they may read and work.</param>
/// <param name="ClientId">For an online client: the card whose bookings they may see and make.</param>
/// <param name="Demo">Made by the demo seeding, with the demo's well-known password; never on a real chain.</param>
public sealed record StaffAccount(
    string Login, string DisplayName, StaffRole Role, IReadOnlyList<string> Branches, string? SpecialistId, string? ClientId,
    string PasswordHash, bool Demo, bool Disabled, int FailedAttempts, DateTimeOffset? LockedUntil);
