using System.Diagnostics;
using Frontdesk.TestSupport;
using Xunit.Abstractions;

namespace Frontdesk.Web.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class a_node_killed_mid_run_loses_nothing_acknowledged_and_its_screens_resync_on_another(ITestOutputHelper output)
{
    private const int LoadDays = 4;

    [Fact]
    public async Task three_nodes_under_load_the_leader_sigkilled_and_restarted()
    {
        await using var cluster = await LocalCluster.StartAsync(3);
        var api = cluster.Api;
        var run = await ClusterRun.ReadAsync(api, LoadDays + 2);
        var (probeDay, holdDay) = (run.Days[LoadDays], run.Days[LoadDays + 1]);
        var loadDays = run.Days.Take(LoadDays).ToList();
        var topics = loadDays.Select(d => d.Topic).Distinct().ToList();

        // A change made on node 1 reaches a screen connected to node 3.
        await using (var far = await ScreenView.OpenAsync(cluster.Nodes[2].Hub, [probeDay.Topic], cluster.Api.Credentials))
        {
            var latencies = new List<TimeSpan>();
            for (var i = 0; i < 10; i++)
            {
                var free = (await api.GetAsync(0, $"{probeDay.Path}/free-starts?services={probeDay.ServiceId}&step=15")).Body;
                var starts = free.ValueKind == System.Text.Json.JsonValueKind.Array ? free : free.GetProperty("starts");
                if (starts.GetArrayLength() == 0) break;
                var start = starts[0].GetString()!;
                var sent = Stopwatch.GetTimestamp();
                var made = await api.TrySendAsync(0, HttpMethod.Post, "/api/bookings", probeDay.Booking(start, run.ClientId), Guid.NewGuid().ToString("N"));
                Assert.True(made.Status == 201, made.Text);
                var number = made.Body.GetProperty("number").GetString()!;
                var push = await far.WaitForAsync(c => c.Key == probeDay.Key && c.Data.GetRawText().Contains(number), TimeSpan.FromSeconds(10));
                latencies.Add(Stopwatch.GetElapsedTime(sent, push.ReceivedTimestamp));
            }
            Assert.True(latencies.Count >= 5, $"only {latencies.Count} probe bookings fitted the day");
            latencies.Sort();
            output.WriteLine($"node-1 booking to node-3 screen: {latencies.Count} pushes, p50 {latencies[latencies.Count / 2].TotalMilliseconds:F1} ms, " +
                $"max {latencies[^1].TotalMilliseconds:F1} ms");
                        Assert.True(latencies[^1] < TimeSpan.FromSeconds(2), $"a push took {latencies[^1].TotalMilliseconds} ms");
        }

        // A one-minute hold, whose expiry only the leader runs; the leader is the node killed.
        var hold = await api.PostAsync(1, "/api/holds", holdDay.Hold(holdDay.Starts[0], run.ClientId, minutes: 1));
        Assert.True(hold.Status == 201, hold.Text);
        var victim = await cluster.LeaderAsync([0, 1, 2]);
        var survivors = new[] { 0, 1, 2 }.Where(i => i != victim).ToArray();
        await using var near = await ScreenView.OpenAsync(cluster.Nodes[victim].Hub, topics, cluster.Api.Credentials);

        var load = run.Load(api, nodes: 3, LoadDays);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(receptionists: 9, kiosks: 3, stop.Token);
        try
        {
            await Eventually.TrueAsync(() => load.Booked.Count >= 20 && load.Tickets.Count >= 10, "the load to get going", TimeSpan.FromSeconds(30));
            await cluster.Nodes[victim].KillAsync();
            var atKill = load.Acknowledged;

            await Eventually.TrueAsync(() => !near.Connected, "the killed node's screen to see its connection go", TimeSpan.FromSeconds(30));
            await using var moved = await ScreenView.OpenAsync(cluster.Nodes[survivors[0]].Hub, topics, cluster.Api.Credentials);
            var heir = await cluster.LeaderAsync(survivors);
            await Eventually.TrueAsync(() => load.Acknowledged >= atKill + 30, "the survivors to keep serving", TimeSpan.FromSeconds(30));

            cluster.Nodes[victim].Start();
            await cluster.Nodes[victim].WaitReadyAsync();
            var atRestart = load.Acknowledged;
            await Eventually.TrueAsync(() => load.Acknowledged >= atRestart + 30, "the cluster to keep serving with the node back", TimeSpan.FromSeconds(30));
            Assert.Equal(200, (await api.TryGetAsync(victim, loadDays[0].Path)).Status);

            await stop.CancelAsync();
            await running;
            output.WriteLine($"killed node-{victim + 1} (the leader; node-{heir + 1} took over); acknowledged {load.Booked.Count} bookings, " +
                $"{load.Cancelled.Count} cancellations, {load.Tickets.Count} tickets; {load.Conflicts} slot-taken refusals");
            Assert.True(load.Errors.IsEmpty, string.Join("\n", load.Errors.Take(5)));
            var problems = await ClusterAudit.ProblemsAsync(api, load, loadDays, run.BranchId, run.LineId);
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));

            await moved.ShowsAsStoredAsync(api, loadDays);

            await Eventually.TrueAsync(async () => (await api.GetAsync(survivors[0], $"/api/bookings/{hold.Body.GetProperty("number").GetString()}"))
                .Body.GetProperty("status").GetString() == "Cancelled", "the hold to expire on the node that took over", TimeSpan.FromSeconds(90));
        }
        finally
        {
            await stop.CancelAsync();
            await running;
        }
    }
}
