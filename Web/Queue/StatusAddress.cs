namespace Frontdesk.Web.Queue;

/// <summary>
/// Where a ticket's holder follows it: <c>/ticket/{ticketId}</c> on this engine, absolute because it goes into the
/// printed QR. <c>Frontdesk:Queue:PublicAddress</c> names the address phones reach the engine at (behind a proxy);
/// without it, the address the request came to.
/// </summary>
internal static class StatusAddress
{
    public const string Setting = "Frontdesk:Queue:PublicAddress";

    public static string Of(HttpContext context, string ticketId)
    {
        var configured = context.RequestServices.GetRequiredService<IConfiguration>()[Setting];
        var root = string.IsNullOrWhiteSpace(configured) ? $"{context.Request.Scheme}://{context.Request.Host}" : configured.TrimEnd('/');
        return $"{root}/ticket/{Uri.EscapeDataString(ticketId)}";
    }
}
