namespace Frontdesk.Web.Security;

/// <summary>An endpoint's declared permission and where its data's branch comes from.</summary>
public sealed record PermissionMetadata(Permission Permission, BranchScope Scope);
