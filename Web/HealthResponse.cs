using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Frontdesk.Web;

/// <summary>Readiness says which check failed and why, so an operator need not read logs to know the database is down.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
}
