using System.Text.Encodings.Web;
using Frontdesk.Grains.Security;
using Frontdesk.Silo;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Frontdesk.Web.Security;

/// <summary>Authenticates a kiosk or a lobby screen by its token, on every request, so a revoked token stops at once.</summary>
internal sealed class DeviceTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IGrainFactory grains, AccessRefusals refusals) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = DeviceTokens.Read(Request);
        if (token is null) return AuthenticateResult.NoResult();
        if (!DeviceTokens.TryParse(token, out var deviceId, out var secret)) return await FailAsync("(malformed token)", "the device token is malformed");
        var device = await grains.GetGrain<IDeviceGrain>(deviceId).GetAsync();
        if (device is null || !DeviceTokens.Matches(secret, device.TokenHash)) return await FailAsync(deviceId, "unknown device or wrong token");
        if (device.RevokedAt is not null) return await FailAsync(deviceId, "the device's token was revoked");
        var principal = SignedInCaller.Of(device).ToPrincipal(SecuritySchemes.Device);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SecuritySchemes.Device));
    }

    private async Task<AuthenticateResult> FailAsync(string who, string reason)
    {
        await refusals.RecordAsync(Context, who, reason);
        return AuthenticateResult.Fail(reason);
    }
}
