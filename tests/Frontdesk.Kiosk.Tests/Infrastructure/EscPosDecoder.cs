using System.Text;
using Frontdesk.Kiosk.Printing;

namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>
/// Reads ESC/POS bytes back into commands and text the way a printer would, tracking size, bold, alignment and the
/// selected code page. Strict: a byte it does not understand fails the test rather than being skipped.
/// </summary>
public sealed class EscPosDecoder(IReadOnlyDictionary<byte, int> codePageTables)
{
    /// <summary>The tables of an Epson-compatible printer: 0 is PC437 (the default after ESC @), 17 is PC866.</summary>
    public static readonly EscPosDecoder Epson = new(new Dictionary<byte, int> { [0] = 437, [17] = 866 });

    public DecodedPrintout Decode(ReadOnlySpan<byte> bytes)
    {
        var parts = new List<IEscPosPart>();
        var style = PrintStyle.Default;
        var text = new List<byte>();
        void EndText()
        {
            if (text.Count == 0) return;
            parts.Add(new EscPosText(CodePages.Get(style.CodePage).GetString([.. text]), style.Width, style.Height, style.Bold, style.Alignment, style.CodePage));
            text.Clear();
        }

        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b >= 0x20) { text.Add(b); i++; continue; }
            EndText();
            if (b == 0x0A) { i++; continue; }
            var (command, length) = ReadCommand(bytes[i..]);
            parts.Add(command);
            style = style.After(command, codePageTables);
            i += length;
        }
        EndText();
        return new DecodedPrintout(parts);
    }

    private static (EscPosCommand Command, int Length) ReadCommand(ReadOnlySpan<byte> at)
    {
        (string Name, int Fixed) known = (at[0], at.Length > 1 ? at[1] : -1) switch
        {
            (0x1B, '@') => ("ESC @", 0),
            (0x1B, 't') => ("ESC t", 1),
            (0x1B, 'a') => ("ESC a", 1),
            (0x1B, 'E') => ("ESC E", 1),
            (0x1B, 'd') => ("ESC d", 1),
            (0x1D, '!') => ("GS !", 1),
            (0x1D, 'V') => ("GS V", at.Length > 2 && at[2] >= 65 ? 2 : 1),
            (0x1D, '(') when at.Length > 4 && at[2] == 'k' => ("GS ( k", -1),
            (0x10, 0x04) => ("DLE EOT", 1),
            _ => throw new FormatException($"Unknown ESC/POS bytes {Convert.ToHexString(at[..Math.Min(4, at.Length)])}"),
        };
        if (known.Fixed >= 0) return (new EscPosCommand(known.Name, at.Slice(2, known.Fixed).ToArray()), 2 + known.Fixed);
        var length = at[3] | (at[4] << 8); // GS ( k pL pH, then pL + 256·pH bytes
        return (new EscPosCommand(known.Name, at.Slice(5, length).ToArray()), 5 + length);
    }
}
