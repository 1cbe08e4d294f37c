using Frontdesk.Web.Clients;

namespace Frontdesk.Web.Waitlist;

/// <summary>A client waits for a service between two dates; the branch and the specialist are optional.</summary>
public sealed record NewWaitlistEntry(ClientRef Client, string ServiceId, DateOnly From, DateOnly To, string? BranchId = null, string? SpecialistId = null);
