namespace Frontdesk.Grains.Clients;

/// <summary>What reception types in for a new client; the phone is normalised to E.164 before it gets here.</summary>
public sealed record NewClient(string Name, string? Phone, string? Email = null, DateOnly? Birthday = null, string? FoundUsBy = null,
    string? Notes = null, string? OwnerId = null);
