namespace Frontdesk.Web.Money;

/// <summary>Opening a shift (cashier and cash in the drawer) or closing it (cash counted), minor units.</summary>
public sealed record ShiftBody(long Cash, string? CashierId = null);
