namespace Frontdesk.Kiosk.Screen;

/// <summary>A tap on the touch page. <see cref="PressId"/> is made by the page once per press and sent again on a double tap or retry.</summary>
public sealed record PressRequest(string? PressId, string? LineId, string? BookingCode);
