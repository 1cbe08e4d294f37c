namespace Frontdesk.Kiosk;

/// <summary>One language's words for the ticket and the touch page (the page receives them with the lines).</summary>
public sealed record KioskTexts(
    string Language,
    string YourNumber,
    string PeopleAhead,
    string EstimatedWait,
    string FollowYourTurn,
    string DateFormat,
    string ChooseLine,
    string ScanBooking,
    string EnterBookingCode,
    string Go,
    string Back,
    string TakeYourTicket,
    string Unavailable,
    string PrinterFault,
    string NotPrinted);
