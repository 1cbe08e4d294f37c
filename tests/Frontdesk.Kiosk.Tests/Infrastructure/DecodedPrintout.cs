using System.Text;

namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>A printout read back: its parts in order, and the QR the printer was told to store and print.</summary>
public sealed record DecodedPrintout(IReadOnlyList<IEscPosPart> Parts)
{
    public IReadOnlyList<EscPosText> Texts => Parts.OfType<EscPosText>().ToList();

    public IReadOnlyList<EscPosCommand> Commands => Parts.OfType<EscPosCommand>().ToList();

    /// <summary>The text runs printed at least this large: on a ticket, the number.</summary>
    public IReadOnlyList<string> TextsAtLeast(int width, int height) =>
        Texts.Where(t => t.Width >= width && t.Height >= height).Select(t => t.Text).ToList();

    public string? QrPayload
    {
        get
        {
            var store = QrFunctions.LastOrDefault(f => f[1] == (byte)'P');
            return store is null ? null : Encoding.ASCII.GetString(store.AsSpan(3));
        }
    }

    public bool QrPrinted => QrFunctions.Any(f => f[1] == (byte)'Q');

    // Parameters of GS ( k after pL pH: cn, fn, then the function's own bytes.
    private IEnumerable<byte[]> QrFunctions => Commands.Where(c => c.Name == "GS ( k" && c.Parameters[0] == 49).Select(c => c.Parameters);
}
