using Frontdesk.Silo;
using Frontdesk.Silo.Hosting;
using Frontdesk.Web.Security;

namespace Frontdesk.Web;

internal static class NodeEndpoints
{
    public static void MapNodeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/node", (SiloHost silo, SiloOptions options, SiloStatistics statistics) => TypedResults.Ok(new NodeInfo(
            "Frontdesk", options.NodeId, silo.Storage.Name, silo.Leads, silo.HearsOtherNodes, silo.ActivationCount,
            statistics.Commits, statistics.AppendConflicts, statistics.StaleRefusals, DateTimeOffset.UtcNow))).RequirePermission(Permission.NodeRead, BranchScope.Chain);
    }
}
