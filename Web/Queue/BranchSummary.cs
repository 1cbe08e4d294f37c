namespace Frontdesk.Web.Queue;

/// <summary>What a kiosk or a screen needs of a branch: its name, and the zone its times are shown in.</summary>
public sealed record BranchSummary(string Id, string Name, string TimeZone);
