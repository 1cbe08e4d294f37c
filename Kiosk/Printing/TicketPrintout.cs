using System.Globalization;
using Frontdesk.Kiosk.Engine;

namespace Frontdesk.Kiosk.Printing;

/// <summary>Lays out a <see cref="QueueTicket"/> as the ESC/POS bytes of one paper ticket, in the kiosk's language.</summary>
public sealed class TicketPrintout(KioskOptions options, KioskTexts texts)
{
    /// <summary>The number is printed at this multiple of the normal width and height.</summary>
    public const int NumberScale = 2;

    public byte[] Encode(QueueTicket ticket)
    {
        var columns = options.Columns;
        var escPos = new EscPosWriter(CodePages.Get(options.CodePage))
            .Initialise()
            .SelectCodePage((byte)options.CodePageCommand)
            .Align(TicketAlignment.Centre)
            .Bold(true);
        foreach (var line in TextWrap.Lines(ticket.BranchName, columns)) escPos.Line(line);
        escPos.Bold(false).Size(1, 2);
        foreach (var line in TextWrap.Lines(ticket.LineName, columns)) escPos.Line(line);
        escPos.Size(1, 1).Feed(1).Line(texts.YourNumber).Size(NumberScale, NumberScale);
        foreach (var line in TextWrap.Lines(ticket.Number, columns / NumberScale)) escPos.Line(line);
        escPos.Size(1, 1).Feed(1).Line(string.Format(CultureInfo.InvariantCulture, texts.PeopleAhead, ticket.PeopleAhead));
        if (ticket.EstimatedWaitMinutes is { } wait) escPos.Line(string.Format(CultureInfo.InvariantCulture, texts.EstimatedWait, wait));
        return escPos.Line(BranchLocalTime(ticket.LocalTime))
            .Feed(1)
            .QrCode(ticket.StatusUrl, columns >= 48 ? 6 : 4, QrErrorCorrection.Medium)
            .Line(texts.FollowYourTurn)
            .Feed(3)
            .Cut()
            .ToArray();
    }

    // The engine sends the branch's wall clock; its clock digits are printed as they are, whatever zone the kiosk runs in.
    private string BranchLocalTime(string localTime) =>
        DateTimeOffset.TryParse(localTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? local.DateTime.ToString(texts.DateFormat, CultureInfo.InvariantCulture)
            : localTime;
}
