namespace Frontdesk.Grains.Clients;

/// <summary>
/// One person across the whole chain. Phones are E.164. A dependent (a child, a pet) has
/// <see cref="OwnerId"/>: what they receive is paid from the owner's wallet.
/// </summary>
public sealed record ClientCard(
    string Id,
    string Name,
    IReadOnlyList<string> Phones,
    DateTimeOffset CreatedAt,
    string? Email = null,
    DateOnly? Birthday = null,
    string? FoundUsBy = null,
    string? Notes = null,
    string? OwnerId = null,
    IReadOnlyList<ClientConsent>? Consents = null);
