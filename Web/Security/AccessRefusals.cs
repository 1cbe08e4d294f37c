using Frontdesk.Grains.Security;
using Frontdesk.Silo;

namespace Frontdesk.Web.Security;

/// <summary>
/// Failed sign-ins and refused calls: a structured warning, and an entry in the access log of the branch the call was
/// about (or the chain's), which is audited like any change.
/// </summary>
public sealed class AccessRefusals(IGrainFactory grains, TimeProvider time, ILogger<AccessRefusals> logger)
{
    public async Task RecordAsync(HttpContext http, string who, string reason)
    {
        var what = $"{http.Request.Method} {http.Request.Path}";
        var from = http.Connection.RemoteIpAddress?.ToString();
        logger.LogWarning("Access refused: {Who} {What} from {RemoteAddress}: {Reason}", who, what, from, reason);
        var scope = http.Request.RouteValues["branchId"] as string ?? "chain";
        var now = time.GetUtcNow();
        try
        {
            await grains.GetGrain<IAccessLogGrain>($"{scope}/{now:yyyy-MM-dd}").RecordAsync(new AccessRefusal(now, who, Truncate(what), reason, from));
        }
        catch (StorageUnavailableException)
        {
            // The warning above still says it; a refusal is not turned into a 503 because the log could not be written.
        }
    }

    // Whatever an attacker puts in an address must not make the log's entries large.
    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300];
}
