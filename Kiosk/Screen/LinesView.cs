using Frontdesk.Kiosk.Engine;
using Frontdesk.Kiosk.Printing;

namespace Frontdesk.Kiosk.Screen;

/// <summary>
/// What the touch page draws: the branch's lines when the engine answered, else the message to show; the printer's
/// state; and the words in the kiosk's language.
/// </summary>
public sealed record LinesView(
    EngineAnswerKind Engine,
    string? Message,
    Branch? Branch,
    IReadOnlyList<QueueLine> Lines,
    string? BookingLineId,
    PrinterState Printer,
    KioskTexts Texts);
