using Frontdesk.Silo;

namespace Frontdesk.Web.Security;

/// <summary>
/// The data-level check behind every permission: finds whose data the call names (from its address, or from its
/// body) and refuses a caller who does not work there (403), before the handler runs. An id that names nothing is
/// 404, as it would be for anyone. The branch found is put on the ambient <see cref="Caller"/> for the audit.
/// </summary>
internal sealed class BranchScopeFilter(ResourceOwners owners, AccessRefusals refusals) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var declared = http.GetEndpoint()?.Metadata.GetMetadata<PermissionMetadata>();
        if (declared is null || SignedInCaller.From(http.User) is not { } caller) return await next(context);
        var owner = await owners.OfAsync(declared.Scope, http, context.Arguments);
        if (owner.Refusal(caller) is { } why)
        {
            await refusals.RecordAsync(http, caller.Login, why);
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed here", detail: why,
                extensions: new Dictionary<string, object?> { ["code"] = "out-of-scope" });
        }
        if (Caller.Current is { } current && owner.Branches.Count == 1) Caller.Current = current with { Branch = owner.Branches[0] };
        return await next(context);
    }
}
