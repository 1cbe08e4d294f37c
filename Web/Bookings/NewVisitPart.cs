namespace Frontdesk.Web.Bookings;

public sealed record NewVisitPart(string BranchId, string SpecialistId, DateOnly Date, TimeOnly Start, IReadOnlyList<string> ServiceIds);
