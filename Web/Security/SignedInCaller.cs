using System.Security.Claims;
using Frontdesk.Grains.Security;

namespace Frontdesk.Web.Security;

/// <summary>
/// Who is calling, read from the authenticated principal: a person or a device, one role, the branches they work in
/// (none listed: the whole chain, for an owner or an online client), and the specialist or client they are.
/// </summary>
public sealed record SignedInCaller(string Login, string Kind, StaffRole Role, IReadOnlyList<string> Branches, string? SpecialistId, string? ClientId)
{
    public const string BranchClaim = "frontdesk:branch";
    public const string SpecialistClaim = "frontdesk:specialist";
    public const string ClientClaim = "frontdesk:client";
    public const string KindClaim = "frontdesk:kind";

    public bool AllBranches => Branches.Count == 0 && Role is StaffRole.Owner or StaffRole.OnlineClient;

    public bool Can(Permission permission) => RolePermissions.Allows(Role, permission);

    public bool WorksIn(string branchId) => AllBranches || Branches.Contains(branchId, StringComparer.Ordinal);

    public static SignedInCaller? From(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } identity || identity.Name is null) return null;
        if (!Enum.TryParse<StaffRole>(user.FindFirstValue(ClaimTypes.Role), out var role)) return null;
        return new SignedInCaller(identity.Name, user.FindFirstValue(KindClaim) ?? "staff", role, user.FindAll(BranchClaim).Select(c => c.Value).ToList(),
            user.FindFirstValue(SpecialistClaim), user.FindFirstValue(ClientClaim));
    }

    public ClaimsPrincipal ToPrincipal(string authenticationType)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, Login), new(ClaimTypes.Role, Role.ToString()), new(KindClaim, Kind) };
        claims.AddRange(Branches.Select(b => new Claim(BranchClaim, b)));
        if (SpecialistId is not null) claims.Add(new Claim(SpecialistClaim, SpecialistId));
        if (ClientId is not null) claims.Add(new Claim(ClientClaim, ClientId));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static SignedInCaller Of(StaffAccount account) => new(account.Login, account.Role == StaffRole.OnlineClient ? "client" : "staff", account.Role,
        account.Branches, account.SpecialistId, account.ClientId);

    public static SignedInCaller Of(Device device) => new(device.Id, "device", device.Role, [device.BranchId], null, null);
}
