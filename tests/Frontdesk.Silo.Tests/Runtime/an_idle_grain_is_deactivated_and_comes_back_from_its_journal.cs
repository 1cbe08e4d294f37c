using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;
using Microsoft.Data.Sqlite;

namespace Frontdesk.Silo.Tests.Runtime;

public sealed class an_idle_grain_is_deactivated_and_comes_back_from_its_journal
{
    [Fact]
    public async Task the_collector_deactivates_it_after_the_configured_age_and_the_next_call_reloads_it()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"), o =>
        {
            o.CollectionAge = TimeSpan.FromMilliseconds(200);
            o.CollectionQuantum = TimeSpan.FromMilliseconds(50);
        });
        var counter = silo.Grains.GetGrain<ICounterGrain>("idle");
        await counter.AddAsync(7);
        await counter.AddAsync(8);

        await Eventually.TrueAsync(() => silo.Probe.Deactivations.Any(d => d.Reason == DeactivationReason.IdleCollected),
            "the idle counter to be collected");
        Assert.Equal(0, silo.Host.ActivationCount);

        Assert.Equal(15, await counter.GetAsync());
        Assert.Equal(2, silo.Probe.Activations.Count);
        Assert.Equal(15, silo.Probe.Activations.Last().ValueAtActivation);
    }

    [Fact]
    public async Task a_busy_grain_is_not_collected()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"), o => o.CollectionAge = TimeSpan.FromMinutes(5));
        await silo.Grains.GetGrain<ICounterGrain>("busy").AddAsync(1);

        Assert.Equal(0, silo.Host.CollectIdleActivations(TimeSpan.FromMinutes(5)));
        Assert.Equal(1, silo.Host.ActivationCount);
    }

    [Fact]
    public async Task its_state_comes_back_from_the_snapshot_plus_the_events_after_it()
    {
        using var folder = new TempFolder();
        var file = folder.File("journal.db");
        await using var silo = await TestSilo.SqliteAsync(file, o => o.SnapshotEvery = 10);
        var counter = silo.Grains.GetGrain<ICounterGrain>("snap");
        for (var i = 1; i <= 25; i++) await counter.AddAsync(i);

        await Eventually.TrueAsync(async () => await silo.Storage.ReadSnapshotAsync("test-counter", "snap", CancellationToken.None) is { Version: 20 },
            "the snapshot at version 20 to be stored");

        // Remove the history the snapshot covers: if activation replayed it instead of reading the snapshot, the sum would be wrong.
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM frontdesk_journal WHERE grain_key = 'snap' AND last_version <= 20";
            Assert.Equal(20, await delete.ExecuteNonQueryAsync());
        }
        await Eventually.TrueAsync(() => silo.Host.CollectIdleActivations(TimeSpan.Zero) == 1, "the activation to be collected");

        Assert.Equal(Enumerable.Range(1, 25).Sum(), await counter.GetAsync());
        Assert.Equal(2, silo.Probe.Activations.Count);
        Assert.Equal(25, await counter.VersionAsync());
        Assert.Equal(Enumerable.Range(1, 26).Sum(), await counter.AddAsync(26));
        Assert.Equal(26, await counter.VersionAsync());
    }
}
