namespace Frontdesk.Kiosk.Printing;

/// <summary>The n of <c>ESC a n</c>.</summary>
public enum TicketAlignment : byte
{
    Left = 0,
    Centre = 1,
    Right = 2,
}
