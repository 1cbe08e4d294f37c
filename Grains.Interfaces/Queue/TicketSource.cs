namespace Frontdesk.Grains.Queue;

/// <summary>Where a ticket was taken.</summary>
public enum TicketSource
{
    Kiosk,
    Reception,
    Online,
}
