namespace Frontdesk.Kiosk.Printing;

public enum PrinterStatus
{
    /// <summary>The printer could not say (no status answer): printing is tried.</summary>
    Unknown,
    Ok,
    Offline,
    PaperOut,
    Error,
}
