using Frontdesk.Kiosk.Engine;
using Frontdesk.Kiosk.Printing;

namespace Frontdesk.Kiosk.Pressing;

/// <summary>
/// What one press came to, as the touch page shows it. A number appears only when the engine issued it;
/// there is no path on which the kiosk makes one up.
/// </summary>
public sealed record PressOutcome(
    PressOutcomeKind Outcome,
    string Message,
    string? Number = null,
    string? LineName = null,
    int? PeopleAhead = null,
    int? EstimatedWaitMinutes = null,
    PrinterStatus? Printer = null)
{
    public static PressOutcome Issued(QueueTicket ticket, PrinterState printed, KioskTexts texts) =>
        new(printed.IsFault ? PressOutcomeKind.NotPrinted : PressOutcomeKind.Printed,
            printed.IsFault ? texts.NotPrinted : texts.TakeYourTicket,
            ticket.Number, ticket.LineName, ticket.PeopleAhead, ticket.EstimatedWaitMinutes, printed.Status);

    public static PressOutcome PrinterFault(PrinterState printer, KioskTexts texts) =>
        new(PressOutcomeKind.PrinterFault, texts.PrinterFault, Printer: printer.Status);

    public static PressOutcome Unavailable(KioskTexts texts) => new(PressOutcomeKind.Unavailable, texts.Unavailable);

    public static PressOutcome Refused(string problem) => new(PressOutcomeKind.Refused, problem);
}
