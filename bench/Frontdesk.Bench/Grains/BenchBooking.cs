namespace Frontdesk.Bench.Grains;

/// <summary>One appointment in a specialist's day, about the size the real calendar keeps.</summary>
public sealed record BenchBooking(Guid Id, string Client, string Service, DateTime StartsAtUtc, int Minutes, string Status);
