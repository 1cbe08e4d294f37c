namespace Frontdesk.Web.Money;

public sealed record CreditLimitBody(long Amount, string? Currency = null);
