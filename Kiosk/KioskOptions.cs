namespace Frontdesk.Kiosk;

/// <summary>The kiosk's settings, section <c>Kiosk</c>: which engine and branch it serves and which printer it drives.</summary>
public sealed class KioskOptions
{
    /// <summary>The engine's base address, e.g. <c>http://localhost:5080</c>.</summary>
    public string Engine { get; set; } = "";

    public string BranchId { get; set; } = "";

    public string KioskId { get; set; } = "";

    /// <summary>
    /// The token a branch manager issued for this kiosk at the engine (<c>POST /api/branches/{branch}/devices</c>), sent as
    /// <c>Authorization: Bearer</c>: it lets the kiosk read its branch's lines and issue tickets there, nothing else.
    /// Keep it in the environment (<c>Kiosk__DeviceToken</c>), not in a file under version control.
    /// </summary>
    public string DeviceToken { get; set; } = "";

    /// <summary><c>en</c> or <c>ru</c>: the ticket's and the screen's words.</summary>
    public string Language { get; set; } = "en";

    /// <summary>The line a scanned booking queues for; empty means the branch's first line.</summary>
    public string BookingLine { get; set; } = "";

    /// <summary><c>tcp://host:9100</c>, a device path such as <c>/dev/usb/lp0</c>, or <c>file:///path</c>.</summary>
    public string Printer { get; set; } = "";

    /// <summary>The Windows/DOS code page the text is encoded in; 866 prints Cyrillic.</summary>
    public int CodePage { get; set; } = 866;

    /// <summary>The <c>n</c> of <c>ESC t n</c> that selects <see cref="CodePage"/> on this printer model (Epson: 17 is PC866).</summary>
    public int CodePageCommand { get; set; } = 17;

    /// <summary>Paper width in millimetres: 80 (48 columns) or 58 (32 columns).</summary>
    public int PaperWidth { get; set; } = 80;

    /// <summary>Connecting to and writing to the printer: longer than this and the printer is at fault.</summary>
    public TimeSpan PrinterTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a TCP printer may take to answer the paper status request before the answer counts as unknown.</summary>
    public TimeSpan PrinterStatusTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    public EngineResilienceOptions Resilience { get; set; } = new();

    public int Columns => PaperWidth <= 58 ? 32 : 48;
}
