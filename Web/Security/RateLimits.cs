using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Frontdesk.Web.Security;

/// <summary>
/// Requests per minute for each device (by its id) and for each anonymous address (public pages, sign-in, ticket
/// status); staff sessions are not limited here. One kiosk over its limit gets 429 while the others carry on.
/// </summary>
internal static class RateLimits
{
    public const string DeviceSetting = "Frontdesk:RateLimits:DevicePerMinute";
    public const string PublicSetting = "Frontdesk:RateLimits:PublicPerMinute";

    public static void Configure(RateLimiterOptions options, IConfiguration configuration)
    {
        var device = configuration.GetValue(DeviceSetting, 300);
        var anonymous = configuration.GetValue(PublicSetting, 300);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, cancellationToken) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "60";
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: "This device or address sent more requests than it may in a minute; try again shortly.",
                extensions: new Dictionary<string, object?> { ["code"] = "rate-limited" }).ExecuteAsync(context.HttpContext);
        };
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            var caller = SignedInCaller.From(http.User);
            if (caller is { Kind: "device" }) return Window($"device:{caller.Login}", device);
            if (caller is not null) return RateLimitPartition.GetNoLimiter("staff");
            return Window($"address:{http.Connection.RemoteIpAddress}", anonymous);
        });
    }

    private static RateLimitPartition<string> Window(string key, int perMinute) => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
        new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true });
}
