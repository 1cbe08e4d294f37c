using Microsoft.AspNetCore.Authorization;

namespace Frontdesk.Web.Security;

/// <summary>
/// How every endpoint says who may call it: <c>.RequirePermission(Permission.BookingWrite, BranchScope.Booking())</c>,
/// or <c>.Public("why")</c>. The role is checked by authorization before the body is read (401/403); the branch by a
/// filter against the data the call names (403, or 404 when it does not exist). An endpoint that says neither is
/// refused to everyone by the fallback policy and fails the endpoint matrix test.
/// </summary>
public static class EndpointSecurity
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission, BranchScope? scope = null)
        where TBuilder : IEndpointConventionBuilder
    {
        var metadata = new PermissionMetadata(permission, scope ?? BranchScope.Chain);
        builder.WithMetadata(metadata);
        builder.RequireAuthorization(PolicyName(permission));
        // Route handlers (a group's too) get the data check as a filter; other endpoints, such as a hub's, have no arguments to check.
        return builder.AddEndpointFilter<TBuilder, BranchScopeFilter>();
    }

    public static TBuilder Public<TBuilder>(this TBuilder builder, string why) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PublicEndpointMetadata(why)).AllowAnonymous();

    public static string PolicyName(Permission permission) => $"permission:{permission}";

    public static void AddPermissionPolicies(AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>())
            options.AddPolicy(PolicyName(permission), policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => SignedInCaller.From(context.User)?.Can(permission) == true));
        // An endpoint that declared nothing: nobody may call it (and the matrix test names it). Requests that reach no
        // route (static files, unknown addresses, routing's own 405 and 415 answers) pass on to be served or refused.
        options.FallbackPolicy = new AuthorizationPolicyBuilder()
            .RequireAssertion(context => context.Resource is HttpContext http && http.GetEndpoint() is not RouteEndpoint).Build();
    }
}
