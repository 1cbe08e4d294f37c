using Frontdesk.Grains.Settlements;

namespace Frontdesk.Web.Money;

/// <summary>One person's commissions over a period, line by line, and their total (minor units of <see cref="Currency"/>).</summary>
public sealed record PayrollReport(string PersonId, DateOnly From, DateOnly To, string? Currency, IReadOnlyList<CommissionEarned> Lines, long Total);
