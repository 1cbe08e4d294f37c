namespace Frontdesk.Web.Security;

/// <summary>Who the session is, for the pages (their menus and the branch they start at).</summary>
public sealed record SignedInResponse(string Login, string Kind, string Role, IReadOnlyList<string> Branches, string? SpecialistId, string? ClientId)
{
    public static SignedInResponse Of(SignedInCaller caller) =>
        new(caller.Login, caller.Kind, caller.Role.ToString(), caller.Branches, caller.SpecialistId, caller.ClientId);
}
