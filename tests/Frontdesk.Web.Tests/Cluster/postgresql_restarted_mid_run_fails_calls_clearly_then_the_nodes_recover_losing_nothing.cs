using System.Diagnostics;
using System.Net;
using Frontdesk.TestSupport;
using Xunit.Abstractions;

namespace Frontdesk.Web.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class postgresql_restarted_mid_run_fails_calls_clearly_then_the_nodes_recover_losing_nothing(ITestOutputHelper output)
{
    private const int LoadDays = 4;

    [Fact]
    public async Task three_nodes_under_load_while_the_database_stops_and_starts_again()
    {
        await using var cluster = await LocalCluster.StartAsync(3);
        var api = cluster.Api;
        var run = await ClusterRun.ReadAsync(api, LoadDays + 1);
        var (probeDay, loadDays) = (run.Days[LoadDays], run.Days.Take(LoadDays).ToList());
        await using var screen = await ScreenView.OpenAsync(cluster.Nodes[1].Hub, [.. loadDays.Select(d => d.Topic).Distinct(), probeDay.Topic], cluster.Api.Credentials);

        var load = run.Load(api, nodes: 3, LoadDays);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(receptionists: 9, kiosks: 3, stop.Token);
        try
        {
            await Eventually.TrueAsync(() => load.Booked.Count >= 20 && load.Tickets.Count >= 10, "the load to get going", TimeSpan.FromSeconds(30));
            await cluster.Postgres.StopAsync();
            var stoppedAt = load.Acknowledged;

            // While it is down every node refuses a change at once with a 503 ProblemDetails, and says it is not ready.
            for (var node = 0; node < 3; node++)
            {
                var answered = TimeSpan.Zero;
                ApiAnswer refusal = null!;
                await Eventually.TrueAsync(async () =>
                {
                    var asked = Stopwatch.GetTimestamp();
                    refusal = await api.TrySendAsync(node, HttpMethod.Post, "/api/bookings", probeDay.Booking(probeDay.Starts[0], run.ClientId), Guid.NewGuid().ToString("N"));
                    answered = Stopwatch.GetElapsedTime(asked);
                    return refusal.Status == 503;
                }, $"node-{node + 1} to refuse changes while the database is down", TimeSpan.FromSeconds(30));
                Assert.Equal("application/problem+json", refusal.MediaType);
                Assert.Contains("database", refusal.Body.GetProperty("title").GetString());
                Assert.True(answered < TimeSpan.FromSeconds(10), $"node-{node + 1} took {answered.TotalSeconds:F1} s to refuse");
                var n = node;
                await Eventually.TrueAsync(async () => await cluster.Nodes[n].ReadyStatusAsync() == HttpStatusCode.ServiceUnavailable,
                    $"node-{node + 1} to report not ready", TimeSpan.FromSeconds(30));
            }
            Assert.True(load.Acknowledged - stoppedAt <= 9 + 3, "nothing can be acknowledged while the database is down, beyond the calls already in flight");

            await cluster.Postgres.StartAgainAsync();
            foreach (var node in cluster.Nodes) await node.WaitReadyAsync(TimeSpan.FromSeconds(60));
            var atRestart = load.Acknowledged;
            await Eventually.TrueAsync(() => load.Acknowledged >= atRestart + 30, "the nodes to serve again by themselves", TimeSpan.FromSeconds(60));

            await stop.CancelAsync();
            await running;
            output.WriteLine($"acknowledged {load.Booked.Count} bookings, {load.Cancelled.Count} cancellations, {load.Tickets.Count} tickets; " +
                $"{load.Conflicts} slot-taken refusals");
            Assert.True(load.Errors.IsEmpty, string.Join("\n", load.Errors.Take(5)));
            var problems = await ClusterAudit.ProblemsAsync(api, load, loadDays, run.BranchId, run.LineId);
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));

            // The screen's node listens again: a booking made on another node reaches it, and it shows each day as stored.
            var made = await api.PostAsync(2, "/api/bookings", probeDay.Booking(probeDay.Starts[^1], run.ClientId));
            Assert.True(made.Status == 201, made.Text);
            var number = made.Body.GetProperty("number").GetString()!;
            await screen.WaitForAsync(c => c.Key == probeDay.Key && c.Data.GetRawText().Contains(number), TimeSpan.FromSeconds(10));
            await screen.ShowsAsStoredAsync(api, loadDays);
        }
        finally
        {
            await stop.CancelAsync();
            await running;
        }
    }
}
