namespace Frontdesk.Web.Money;

/// <summary>Who does it: the person closing a day or reprinting an act.</summary>
public sealed record SignedBy(string By);
