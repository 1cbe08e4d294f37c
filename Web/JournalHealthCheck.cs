using Frontdesk.Silo.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Frontdesk.Web;

internal sealed class JournalHealthCheck(SiloHost silo) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await silo.PingStorageAsync(timeout.Token);
            return HealthCheckResult.Healthy($"journal on {silo.Storage.Name} reachable");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"journal on {silo.Storage.Name} unreachable: {ex.Message}");
        }
    }
}
