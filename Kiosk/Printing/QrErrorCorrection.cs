namespace Frontdesk.Kiosk.Printing;

/// <summary>The n of the QR error-correction function (<c>GS ( k … 49 69 n</c>).</summary>
public enum QrErrorCorrection : byte
{
    Low = 48,
    Medium = 49,
    Quartile = 50,
    High = 51,
}
