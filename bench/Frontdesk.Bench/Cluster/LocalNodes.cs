using Frontdesk.Bench.Hosting;

namespace Frontdesk.Bench.Cluster;

/// <summary>
/// N engine processes (the Release build) on one PostgreSQL database, as deploy/run-cluster.sh runs them: node 1 seeds
/// the demo chain (its queue lines serve the kiosks), the others join once it is ready.
/// </summary>
internal sealed class LocalNodes : IAsyncDisposable
{
    private readonly List<EngineProcess> _nodes = [];
    private DirectoryInfo? _keys;

    public IReadOnlyList<Uri> Addresses => [.. _nodes.Select(n => n.Address)];

    public static async Task<LocalNodes> StartAsync(string database, int count)
    {
        var nodes = new LocalNodes();
        // One set of data-protection keys for every node: the bench's session is good at each of them.
        var keys = Directory.CreateTempSubdirectory("frontdesk-bench-keys-");
        nodes._keys = keys;
        try
        {
            for (var i = 1; i <= count; i++)
            {
                var node = await EngineProcess.StartAsync(new Dictionary<string, string>
                {
                    ["ConnectionStrings__Frontdesk"] = database,
                    ["Frontdesk__Silo__NodeId"] = $"node-{i}",
                    ["Frontdesk__Demo__Seed"] = i == 1 ? "true" : "false",
                    ["Frontdesk__Security__KeysFolder"] = keys.FullName,
                }, TimeSpan.FromSeconds(60));
                nodes._nodes.Add(node);
                if (!node.Ready) throw new InvalidOperationException($"node-{i} did not start: {node.Status}");
            }
            return nodes;
        }
        catch
        {
            await nodes.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        _keys?.Delete(recursive: true);
    }
}
