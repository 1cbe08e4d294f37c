using System.Text;

namespace Frontdesk.Web.Tests.EndToEnd;

/// <summary>
/// A ticket read back from a kiosk's printer file: the text printed double size (the number) and the QR's payload (the
/// status address, which ends with the ticket id). Tickets are split at the cut command, GS V 1.
/// </summary>
public sealed record PrintedTicket(string Number, string StatusUrl)
{
    private const byte Gs = 0x1D, Lf = 0x0A;
    private static readonly byte[] Cut = [Gs, (byte)'V', 1];
    private static readonly byte[] DoubleSize = [Gs, (byte)'!', 0x11];
    private static readonly byte[] QrStore = [(byte)'(', (byte)'k'];

    public string TicketId => StatusUrl[(StatusUrl.LastIndexOf('/') + 1)..];

    public static IReadOnlyList<PrintedTicket> ReadAll(byte[] file)
    {
        var tickets = new List<PrintedTicket>();
        var start = 0;
        for (int cut; (cut = file.AsSpan(start).IndexOf(Cut)) >= 0; start += cut + Cut.Length)
            tickets.Add(Read(file.AsSpan(start, cut + Cut.Length)));
        if (start != file.Length) throw new InvalidDataException($"{file.Length - start} bytes after the last cut: a ticket printed in part.");
        return tickets;
    }

    private static PrintedTicket Read(ReadOnlySpan<byte> ticket)
    {
        var at = ticket.IndexOf(DoubleSize) + DoubleSize.Length;
        var number = Encoding.ASCII.GetString(ticket[at..(at + ticket[at..].IndexOf(Lf))]);
        // GS ( k pL pH 49 'P' '0' data: the QR symbol's data is stored by function 'P'.
        for (var i = 0; i + 8 < ticket.Length; i++)
        {
            if (ticket[i] != Gs || !ticket[(i + 1)..].StartsWith(QrStore) || ticket[i + 5] != 49 || ticket[i + 6] != (byte)'P') continue;
            var length = ticket[i + 3] | ticket[i + 4] << 8;
            return new PrintedTicket(number, Encoding.ASCII.GetString(ticket.Slice(i + 8, length - 3)));
        }
        throw new InvalidDataException($"Ticket {number} has no QR.");
    }
}
