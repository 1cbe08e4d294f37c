namespace Frontdesk.Kiosk.Pressing;

public enum PressOutcomeKind
{
    /// <summary>The engine issued a number and the printer took the ticket.</summary>
    Printed,

    /// <summary>The engine issued a number but the printer failed: the screen shows the number so it is not lost.</summary>
    NotPrinted,

    /// <summary>The printer was known to be at fault before asking: no number was taken.</summary>
    PrinterFault,

    /// <summary>The engine could not be reached within the budget, or the breaker is open: nothing printed.</summary>
    Unavailable,

    /// <summary>The engine said no (an unknown booking code, a closed line): its reason is shown.</summary>
    Refused,
}
