namespace Frontdesk.Grains.Waitlist;

/// <summary>A freed slot offered to a waiting client until <see cref="ExpiresAt"/>; whoever books it first has it.</summary>
public sealed record WaitlistOffer(string OfferId, string DayKey, string BranchId, string SpecialistId, DateOnly Date, TimeOnly Start,
    DateTimeOffset StartsAt, DateTimeOffset ExpiresAt);
