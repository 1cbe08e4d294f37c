namespace Frontdesk.Grains.Audit;

/// <summary>How audit entries name what they changed, so a history can be asked for by the same name.</summary>
public static class AuditSubjects
{
    public static string Booking(string bookingId) => $"booking:{bookingId}";
    public static string Client(string clientId) => $"client:{clientId}";
    public static string Ticket(string ticketId) => $"ticket:{ticketId}";
    public static string Waitlist(string entryId) => $"waitlist:{entryId}";
    public static string Wallet(string clientId) => $"wallet:{clientId}";
    public static string StaffAccount(string login) => $"staff:{login}";
    public static string Device(string deviceId) => $"device:{deviceId}";
    public static string Access(string branchOrChain) => $"access:{branchOrChain}";

    /// <summary>The id part of a subject ("booking:B-1" → "B-1").</summary>
    public static string IdOf(string subject) => subject[(subject.IndexOf(':') + 1)..];
}
