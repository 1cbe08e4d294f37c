namespace Frontdesk.Grains.Settlements;

/// <summary>A supervisor's approval to void a settled visit: who approved, and why.</summary>
public sealed record VoidApproval(string SupervisorId, string Reason);
