namespace Frontdesk.Web.Security;

/// <summary>
/// Where an endpoint finds whose data it touches: the chain as a whole, a branch in its address, or the branch (and
/// specialist, client) of the booking, client, ticket or specialist its address names, or of its body.
/// </summary>
public sealed record BranchScope(ScopeKind Kind, string Parameter = "")
{
    public static readonly BranchScope Chain = new(ScopeKind.Chain);
    public static readonly BranchScope Body = new(ScopeKind.Body);

    public static BranchScope Route(string parameter = "branchId") => new(ScopeKind.BranchRoute, parameter);
    public static BranchScope Day() => new(ScopeKind.SpecialistDay, "branchId");
    public static BranchScope Booking(string parameter = "number") => new(ScopeKind.Booking, parameter);
    public static BranchScope BookingCode(string queryParameter = "payload") => new(ScopeKind.BookingCode, queryParameter);
    public static BranchScope WaitlistEntry(string parameter = "id") => new(ScopeKind.WaitlistEntry, parameter);
    public static BranchScope Client(string parameter = "id") => new(ScopeKind.Client, parameter);
    public static BranchScope Ticket(string parameter = "ticketId") => new(ScopeKind.Ticket, parameter);
    public static BranchScope Specialist(string parameter = "id") => new(ScopeKind.Specialist, parameter);
}
