namespace Frontdesk.Grains.Bookings;

/// <summary>One service of a booking, at the price it had when booked.</summary>
public sealed record ServiceLine(string ServiceId, string ServiceName, DateTimeOffset Start, DateTimeOffset End, Money Price);
