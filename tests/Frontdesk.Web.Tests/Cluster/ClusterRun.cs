namespace Frontdesk.Web.Tests.Cluster;

/// <summary>What a cluster test needs from the demo chain: the branch, days to book, a client and a queue line.</summary>
public sealed record ClusterRun(string BranchId, IReadOnlyList<BookingTarget> Days, string ClientId, string LineId)
{
    public const string Branch = "moscow-tverskaya";

    public IReadOnlyList<string> Topics => Days.Select(d => d.Topic).Distinct().ToList();

    public static async Task<ClusterRun> ReadAsync(ClusterApi api, int days)
    {
        var clientId = (await api.GetAsync(0, "/api/clients?query=anna%20ivanova")).Body[0].GetProperty("id").GetString()!;
        var lineId = (await api.GetAsync(0, $"/api/queue/branches/{Branch}/lines")).Body.GetProperty("lines")[0].GetProperty("id").GetString()!;
        return new ClusterRun(Branch, await BookingTarget.FindAsync(api, Branch, days), clientId, lineId);
    }

    public ClusterLoad Load(ClusterApi api, int nodes, int loadDays) => new(api, Days.Take(loadDays).ToList(), ClientId, BranchId, LineId, nodes);

    /// <summary>The day's version as the database has it now, asked of any node.</summary>
    public static async Task<long> VersionAsync(ClusterApi api, BookingTarget day) => (await api.GetAsync(0, day.Path)).Body.GetProperty("version").GetInt64();
}
