namespace Frontdesk.Grains.Security;

/// <summary>A sign-in that failed or a call that was refused: who (as far as known), what, and why.</summary>
public sealed record AccessRefusal(DateTimeOffset At, string Who, string What, string Reason, string? RemoteAddress);
