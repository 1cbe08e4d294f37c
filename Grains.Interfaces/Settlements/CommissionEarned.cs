namespace Frontdesk.Grains.Settlements;

/// <summary>A commission as the payroll report reads it: whose, from which visit, on which business day, in which currency.</summary>
public sealed record CommissionEarned(string VisitId, string BranchId, DateOnly BusinessDate, string Currency, Commission Commission);
