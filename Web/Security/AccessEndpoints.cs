using System.Text.RegularExpressions;
using Frontdesk.Grains;
using Frontdesk.Grains.Security;
using Frontdesk.Silo;

namespace Frontdesk.Web.Security;

/// <summary>
/// Accounts and devices: an owner sets up anyone; a branch manager sets up the staff and devices of their branches
/// (not owners, not other managers) and revokes a device's token.
/// </summary>
internal static partial class AccessEndpoints
{
    public static RouteGroupBuilder MapAccessEndpoints(this RouteGroupBuilder api)
    {
        api.MapPut("/staff/{login}", SetUpStaffAsync).WithTags("Access").RequirePermission(Permission.StaffManage, BranchScope.Body);
        var devices = api.MapGroup("/branches/{branchId}/devices").WithTags("Access").RequirePermission(Permission.DeviceManage, BranchScope.Route());
        devices.MapPost("", RegisterDeviceAsync);
        devices.MapPost("/{deviceId}/revoke", async (string branchId, string deviceId, IGrainFactory grains) =>
        {
            var device = await grains.GetGrain<IDeviceGrain>(deviceId).GetAsync();
            if (device is null || device.BranchId != branchId)
                throw CommandRejectedException.NotFound("unknown-device", $"There is no device '{deviceId}' at this branch.");
            var revoked = await grains.GetGrain<IDeviceGrain>(deviceId).RevokeAsync();
            return TypedResults.Ok(revoked with { TokenHash = "" });
        });
        return api;
    }

    private static async Task<IResult> SetUpStaffAsync(string login, StaffAccountBody body, HttpContext http, IGrainFactory grains, Passwords passwords)
    {
        var caller = SignedInCaller.From(http.User)!;
        login = login.Trim().ToLowerInvariant();
        if (!LoginPattern().IsMatch(login)) throw Invalid("login", "is 2 to 100 of a-z, 0-9, '.', '-', '_' or '@'");
        if (string.IsNullOrWhiteSpace(body.DisplayName) || body.DisplayName.Length > 200) throw Invalid("displayName", "is required, up to 200 characters");
        if (body.Password is null || body.Password.Length < Passwords.MinLength || body.Password.Length > SignInEndpoints.MaxPasswordLength)
            throw Invalid("password", $"is {Passwords.MinLength} to {SignInEndpoints.MaxPasswordLength} characters");
        if (body.Role is StaffRole.KioskDevice or StaffRole.DisplayDevice) throw Invalid("role", "is a person's role; devices get tokens");
        var branches = body.Branches ?? [];
        if (body.Role is not (StaffRole.Owner or StaffRole.OnlineClient) && branches.Count == 0) throw Invalid("branches", "names at least one branch");
        if (caller.Role != StaffRole.Owner && body.Role is StaffRole.Owner or StaffRole.BranchManager)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: "Only an owner sets up owners and managers.",
                extensions: new Dictionary<string, object?> { ["code"] = "owner-only" });
        var account = await grains.GetGrain<IStaffAccountGrain>(login).SetUpAsync(new StaffAccountSetUp(body.DisplayName.Trim(), body.Role, branches,
            body.SpecialistId, body.ClientId, passwords.Hash(body.Password)));
        return TypedResults.Ok(SignedInResponse.Of(SignedInCaller.Of(account)));
    }

    private static async Task<IResult> RegisterDeviceAsync(string branchId, DeviceBody body, IGrainFactory grains)
    {
        if (body.DeviceId is null || !LoginPattern().IsMatch(body.DeviceId) || body.DeviceId.Contains('.'))
            throw Invalid("deviceId", "is 2 to 100 of a-z, 0-9, '-', '_'");
        var (token, hash) = DeviceTokens.Issue(body.DeviceId);
        var device = await grains.GetGrain<IDeviceGrain>(body.DeviceId).RegisterAsync(
            new DeviceRegistration(string.IsNullOrWhiteSpace(body.Name) ? body.DeviceId : body.Name.Trim(), branchId, body.Role, hash));
        return TypedResults.Created($"/api/branches/{branchId}/devices/{device.Id}", new IssuedDeviceToken(device.Id, branchId, device.Role.ToString(), token));
    }

    private static CommandRejectedException Invalid(string field, string what) =>
        CommandRejectedException.Invalid("invalid-field", $"'{field}' {what}.", new Dictionary<string, object?> { ["field"] = field });

    [GeneratedRegex("^[a-z0-9._@-]{2,100}$")]
    private static partial Regex LoginPattern();
}
