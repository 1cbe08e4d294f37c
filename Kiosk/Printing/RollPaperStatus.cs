namespace Frontdesk.Kiosk.Printing;

/// <summary>
/// The real-time status request <c>DLE EOT 4</c> (roll paper sensor) and its one-byte answer: bits 1 and 4 are
/// always on and 0 and 7 always off; bits 5–6 say the paper is out, bits 2–3 that it is nearly out.
/// </summary>
public static class RollPaperStatus
{
    public static readonly byte[] Request = [0x10, 0x04, 0x04];

    public static PrinterState Read(byte answer)
    {
        if ((answer & 0b1001_0011) != 0b0001_0010) return new PrinterState(PrinterStatus.Unknown, $"status byte 0x{answer:X2} is not a roll paper status");
        if ((answer & 0b0110_0000) != 0) return new PrinterState(PrinterStatus.PaperOut, "the roll paper sensor reports no paper");
        return (answer & 0b0000_1100) != 0 ? new PrinterState(PrinterStatus.Ok, "paper nearly out") : PrinterState.Ok;
    }
}
