using System.Collections.Concurrent;
using System.Diagnostics;
using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Cluster;

public sealed class a_database_stopped_mid_run_fails_calls_clearly_then_recovers : IAsyncLifetime
{
    private TemporaryPostgres _postgres = null!;

    public async Task InitializeAsync() => _postgres = await TemporaryPostgres.StartAsync();

    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    [Fact]
    public async Task callers_get_storage_unavailable_fast_while_it_is_down_and_nothing_acknowledged_is_lost()
    {
        await using var silo = await TestSilo.PostgresAsync(_postgres.ConnectionString, o =>
        {
            o.StorageTimeout = TimeSpan.FromSeconds(2);
            o.StorageBreakDuration = TimeSpan.FromMilliseconds(500);
            o.StorageRetries = 2;
        });
        var acknowledged = new ConcurrentDictionary<string, long>();
        var failures = new ConcurrentQueue<Exception>();
        using var stop = new CancellationTokenSource();

        // Eight clients keep adding 1 to their own counters, as receptionists would keep booking.
        var clients = Enumerable.Range(0, 8).Select(c => Task.Run(async () =>
        {
            var counter = silo.Grains.GetGrain<ICounterGrain>($"client-{c}");
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await counter.AddAsync(1);
                    acknowledged.AddOrUpdate($"client-{c}", 1, (_, n) => n + 1);
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex);
                }
            }
        })).ToArray();
        await Eventually.TrueAsync(() => acknowledged.Values.Sum() > 200, "some commits before the outage");

        await _postgres.StopAsync();
        var downAt = failures.Count;
        await Eventually.TrueAsync(() => failures.Count > downAt + 50, "calls to fail while the database is down", TimeSpan.FromSeconds(30));
        var outage = failures.Skip(downAt).ToList();
        Assert.All(outage, e => Assert.IsType<StorageUnavailableException>(e));
        Assert.Contains(outage, e => e.Message.Contains("unreachable"));

        // With the breaker open, a call is refused at once instead of waiting on timeouts.
        var probe = Stopwatch.StartNew();
        await Assert.ThrowsAsync<StorageUnavailableException>(() => silo.Grains.GetGrain<ICounterGrain>("client-0").AddAsync(0));
        Assert.True(probe.Elapsed < TimeSpan.FromSeconds(10), $"a call during the outage took {probe.Elapsed}");

        await _postgres.StartAgainAsync();
        var ackedBeforeRecovery = acknowledged.Values.Sum();
        await Eventually.TrueAsync(() => acknowledged.Values.Sum() > ackedBeforeRecovery + 200, "commits to succeed again", TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        // Every acknowledged increment is stored; one whose answer was lost with the connection may be stored too.
        foreach (var (key, count) in acknowledged)
        {
            var value = await silo.Grains.GetGrain<ICounterGrain>(key).GetAsync();
            var stored = await silo.Storage.ReadCommitsAsync("test-counter", key, 0, CancellationToken.None);
            Assert.True(value >= count, $"{key}: {count} acknowledged but the grain holds {value}");
            Assert.Equal(value, stored[^1].LastVersion);
        }
    }
}
