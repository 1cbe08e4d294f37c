using Frontdesk.Silo;
using Microsoft.AspNetCore.Antiforgery;

namespace Frontdesk.Web.Security;

/// <summary>
/// After authentication: puts the caller on the ambient <see cref="Caller"/> (carried into every grain turn for the
/// audit), and refuses a change made with the session cookie but without the antiforgery token, or a hub connection
/// with the cookie from another site's page.
/// </summary>
internal sealed class SecurityMiddleware(RequestDelegate next, IAntiforgery antiforgery, AccessRefusals refusals)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var caller = SignedInCaller.From(context.User);
        Caller.Current = caller is null ? null : new Caller(caller.Login, caller.Kind, [caller.Role.ToString()], null,
            context.Connection.RemoteIpAddress?.ToString());
        if (caller is not null && context.User.Identity?.AuthenticationType == SecuritySchemes.Cookie && await CrossSiteAsync(context) is { } why)
        {
            await refusals.RecordAsync(context, caller.Login, why);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused", detail: why,
                extensions: new Dictionary<string, object?> { ["code"] = "antiforgery" }).ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    private async Task<string?> CrossSiteAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/hubs"))
        {
            // Browsers send cookies with a WebSocket from any site: the Origin says whose page opened it.
            string? origin = request.Headers.Origin;
            return origin is null || Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Authority == request.Host.Value
                ? null
                : $"a hub connection from {origin}";
        }
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)) return null;
        return await antiforgery.IsRequestValidAsync(context) ? null : $"a change without a valid {SecuritySchemes.AntiforgeryHeader} header";
    }
}
