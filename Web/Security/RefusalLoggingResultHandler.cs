using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Frontdesk.Web.Security;

/// <summary>Every 401 and 403 the permission policies give is logged and put in the access log, then answered as usual.</summary>
internal sealed class RefusalLoggingResultHandler(AccessRefusals refusals) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Challenged || result.Forbidden)
        {
            var caller = SignedInCaller.From(context.User);
            var declared = context.GetEndpoint()?.Metadata.GetMetadata<PermissionMetadata>();
            await refusals.RecordAsync(context, caller?.Login ?? "anonymous",
                result.Challenged ? "not signed in" : $"{caller?.Role} may not {declared?.Permission.ToString() ?? "call this"}");
        }
        await _default.HandleAsync(next, context, policy, result);
    }
}
