using System.Text;

namespace Frontdesk.Kiosk.Printing;

/// <summary>
/// The few ESC/POS commands a ticket needs, written as bytes. Text is encoded with the printer's code page and
/// stripped of control characters, so a name from the engine can never smuggle in a command.
/// </summary>
public sealed class EscPosWriter(Encoding encoding)
{
    private const byte Esc = 0x1B, Gs = 0x1D, Lf = 0x0A;
    private readonly List<byte> _bytes = new(1024);

    public EscPosWriter Initialise() => Add(Esc, (byte)'@');

    /// <summary><c>ESC t n</c>: the table the printer renders bytes 0x80–0xFF with; n differs between printer models.</summary>
    public EscPosWriter SelectCodePage(byte n) => Add(Esc, (byte)'t', n);

    public EscPosWriter Align(TicketAlignment alignment) => Add(Esc, (byte)'a', (byte)alignment);

    public EscPosWriter Bold(bool on) => Add(Esc, (byte)'E', on ? (byte)1 : (byte)0);

    /// <summary><c>GS ! n</c>: character width and height multipliers, 1 to 8 each.</summary>
    public EscPosWriter Size(int width, int height) => Add(Gs, (byte)'!', (byte)(((width - 1) << 4) | (height - 1)));

    public EscPosWriter Line(string text)
    {
        var clean = string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
        _bytes.AddRange(encoding.GetBytes(clean));
        return Add(Lf);
    }

    /// <summary><c>ESC d n</c>: print and feed n lines.</summary>
    public EscPosWriter Feed(int lines) => Add(Esc, (byte)'d', (byte)lines);

    /// <summary>The printer draws the QR itself (<c>GS ( k</c>): model 2, module size, error correction, store the data, print it.</summary>
    public EscPosWriter QrCode(string payload, int moduleSize, QrErrorCorrection correction)
    {
        var data = Encoding.ASCII.GetBytes(payload);
        if (data.Length > 7089) throw new ArgumentException("A QR code holds at most 7089 bytes", nameof(payload));
        QrFunction((byte)'A', (byte)'2', 0);
        QrFunction((byte)'C', (byte)moduleSize);
        QrFunction((byte)'E', (byte)correction);
        QrFunction((byte)'P', [(byte)'0', .. data]);
        return QrFunction((byte)'Q', (byte)'0');
    }

    /// <summary><c>GS V 1</c>: partial cut, leaving a tab so the ticket does not fall on the floor.</summary>
    public EscPosWriter Cut() => Add(Gs, (byte)'V', 1);

    public byte[] ToArray() => [.. _bytes];

    // GS ( k pL pH cn fn [parameters]: cn 49 is the QR symbol, pL pH count fn and the parameters.
    private EscPosWriter QrFunction(byte function, params byte[] parameters)
    {
        var length = parameters.Length + 2;
        Add(Gs, (byte)'(', (byte)'k', (byte)(length & 0xFF), (byte)(length >> 8), 49, function);
        _bytes.AddRange(parameters);
        return this;
    }

    private EscPosWriter Add(params byte[] bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }
}
