namespace Frontdesk.Web.Security;

public enum ScopeKind
{
    /// <summary>Chain-wide: the permission is enough (lists are narrowed to the caller's branches where they hold branch data).</summary>
    Chain,
    BranchRoute,
    /// <summary>{branchId}/{specialistId}: a specialist's day.</summary>
    SpecialistDay,
    Booking,
    /// <summary>The booking whose QR payload is in the query.</summary>
    BookingCode,
    WaitlistEntry,
    Client,
    Ticket,
    Specialist,
    /// <summary>The body says where (a new booking's branch, specialist and client): see <see cref="IScopedBody"/>.</summary>
    Body,
}
