namespace Frontdesk.Grains.Bookings;

/// <summary>The client as the booking shows them; <see cref="ClientId"/> names their card.</summary>
public sealed record BookingClient(string ClientId, string Name, string? Phone = null);
