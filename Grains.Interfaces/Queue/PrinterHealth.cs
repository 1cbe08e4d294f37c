namespace Frontdesk.Grains.Queue;

/// <summary>What a kiosk says of its ticket printer.</summary>
public enum PrinterHealth
{
    Ok,
    Offline,
    PaperOut,
    Error,
}
