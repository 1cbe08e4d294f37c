namespace Frontdesk.Grains.Clients;

/// <summary>A card's details as reception edits them; consents without a time are stamped when saved.</summary>
public sealed record ClientDetails(string Name, string? Email = null, DateOnly? Birthday = null, string? FoundUsBy = null, string? Notes = null,
    IReadOnlyList<ConsentChoice>? Consents = null);
