using Frontdesk.TestSupport;

namespace Frontdesk.Web.Tests.Cluster;

/// <summary>
/// A throwaway PostgreSQL and N engine processes sharing it, as deploy/run-cluster.sh runs them: node 1 seeds the demo
/// chain, the others join once it is there. Tests talk to the nodes directly (<see cref="ClusterApi"/> plays the load
/// balancer), so no nginx is needed to run them.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly DirectoryInfo _keys;

    private LocalCluster(TemporaryPostgres postgres, IReadOnlyList<ClusterNode> nodes, DirectoryInfo keys)
    {
        (Postgres, Nodes, _keys) = (postgres, nodes, keys);
        Api = new ClusterApi(nodes);
    }

    public TemporaryPostgres Postgres { get; }
    public IReadOnlyList<ClusterNode> Nodes { get; }
    public ClusterApi Api { get; }

    public static async Task<LocalCluster> StartAsync(int nodes)
    {
        var postgres = await TemporaryPostgres.StartAsync();
        var database = await postgres.CreateDatabaseAsync("cluster");
        var keys = Directory.CreateTempSubdirectory("frontdesk-cluster-keys-");
        var started = Enumerable.Range(1, nodes).Select(i => new ClusterNode($"node-{i}", new Dictionary<string, string>
        {
            ["ConnectionStrings__Frontdesk"] = database,
            ["Frontdesk__Silo__NodeId"] = $"node-{i}",
            ["Frontdesk__Demo__Seed"] = i == 1 ? "true" : "false",
            // A database back from a restart is tried again within a second, not three.
            ["Frontdesk__Silo__StorageBreakDuration"] = "00:00:01",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Frontdesk__Security__KeysFolder"] = keys.FullName,
            ["Frontdesk__Security__Owner__Login"] = ClusterApi.OwnerLogin,
            ["Frontdesk__Security__Owner__Password"] = ClusterApi.OwnerPassword,
            // The load is the test's own: a kiosk at full speed is not an attack here.
            ["Frontdesk__RateLimits__DevicePerMinute"] = "100000000",
            ["Frontdesk__RateLimits__PublicPerMinute"] = "100000000",
        })).ToList();
        var cluster = new LocalCluster(postgres, started, keys);
        try
        {
            started[0].Start();
            await started[0].WaitReadyAsync();
            await Eventually.TrueAsync(async () =>
            {
                try
                {
                    await cluster.Api.SignInAsync(0);
                    return true;
                }
                catch (InvalidOperationException)
                {
                    return false; // the owner is created just after start
                }
            }, "node-1 to create its owner", TimeSpan.FromSeconds(30));
            await Eventually.TrueAsync(async () => (await cluster.Api.TryGetAsync(0, "/api/queue/branches/moscow-tverskaya/lines")).Status == 200,
                "node-1 to seed the demo chain", TimeSpan.FromSeconds(60));
            foreach (var node in started.Skip(1)) node.Start();
            await Task.WhenAll(started.Skip(1).Select(n => n.WaitReadyAsync()));
            return cluster;
        }
        catch (Exception ex)
        {
            var logs = string.Join("\n", started.Select(n => $"--- {n.Name}\n{n.Log}"));
            await cluster.DisposeAsync();
            throw new InvalidOperationException($"The local cluster did not start: {ex.Message}\n{logs}", ex);
        }
    }

    /// <summary>The node that leads now, once exactly one of the running ones says it does.</summary>
    public async Task<int> LeaderAsync(IEnumerable<int> among)
    {
        var leader = -1;
        await Eventually.TrueAsync(async () =>
        {
            var leads = await Task.WhenAll(among.Select(async i => (i, leads: await Api.LeadsAsync(i))));
            var leaders = leads.Where(l => l.leads).ToList();
            if (leaders.Count == 1) leader = leaders[0].i;
            return leaders.Count == 1;
        }, "exactly one node to lead", TimeSpan.FromSeconds(30));
        return leader;
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        foreach (var node in Nodes) await node.DisposeAsync();
        await Postgres.DisposeAsync();
        _keys.Delete(recursive: true);
    }
}
