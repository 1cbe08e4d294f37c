using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;
using Npgsql;

namespace Frontdesk.Silo.Tests.Cluster;

[Collection(PostgresCollection.Name)]
public sealed class two_silos_on_one_postgresql_hammering_one_key_lose_nothing(PostgresServer server)
{
    [Fact]
    public async Task every_acknowledged_increment_is_in_the_journal_once_and_the_conflict_path_was_taken()
    {
        var database = await server.CreateDatabaseAsync("cluster");
        await using var east = await TestSilo.PostgresAsync(database, o => o.MaxConflictAttempts = 1000);
        await using var west = await TestSilo.PostgresAsync(database, o => o.MaxConflictAttempts = 1000);
        const int perSilo = 600;

        // Both nodes hold an activation of the same grain and keep appending to it at once.
        var calls = Enumerable.Range(0, perSilo).SelectMany(_ => new[]
        {
            Task.Run(() => east.Grains.GetGrain<ICounterGrain>("shared").AddAsync(1)),
            Task.Run(() => west.Grains.GetGrain<ICounterGrain>("shared").AddAsync(1)),
        }).ToArray();
        var answers = await Task.WhenAll(calls);

        // Every caller saw a distinct value: no two commands were applied to the same state.
        Assert.Equal(Enumerable.Range(1, 2 * perSilo).Select(i => (long)i), answers.Order());
        Assert.True(east.Statistics.CommandReruns + west.Statistics.CommandReruns > 0, "no append lost a race: the conflict path was not exercised");
        Assert.True(east.Statistics.AppendConflicts + west.Statistics.AppendConflicts > 0);

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var check = new NpgsqlCommand("""
            SELECT count(*), min(first_version), max(last_version), sum(last_version - first_version + 1),
                   sum(json_array_length(events))
            FROM frontdesk_journal WHERE grain_key = 'shared'
            """, connection);
        await using var reader = await check.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(1, reader.GetInt64(1));
        Assert.Equal(2 * perSilo, reader.GetInt64(2));
        Assert.Equal(2 * perSilo, reader.GetDecimal(3)); // versions cover 1..N with no gap and no overlap
        Assert.Equal(2 * perSilo, reader.GetInt64(4));

        Assert.Equal(2 * perSilo, await east.Grains.GetGrain<ICounterGrain>("shared").GetAsync());
        Assert.Equal(2 * perSilo, await west.Grains.GetGrain<ICounterGrain>("shared").GetAsync());
    }

    [Fact]
    public async Task a_stale_activation_reloads_and_runs_the_command_again_on_the_fresh_state()
    {
        var database = await server.CreateDatabaseAsync("stale");
        await using var silo = await TestSilo.PostgresAsync(database);
        var counter = silo.Grains.GetGrain<ICounterGrain>("stale");
        await counter.AddAsync(1);
        await AppendBehindTheSilosBackAsync(database, "stale", version: 2, amount: 40);

        Assert.Equal(42, await counter.AddAsync(1));
        Assert.Equal(1, silo.Statistics.AppendConflicts);
        Assert.Equal(3, await counter.VersionAsync());
    }

    [Fact]
    public async Task a_node_that_keeps_losing_gives_up_with_a_typed_error_and_stores_nothing_of_that_command()
    {
        var database = await server.CreateDatabaseAsync("giveup");
        await using var silo = await TestSilo.PostgresAsync(database, o => o.MaxConflictAttempts = 1);
        var counter = silo.Grains.GetGrain<ICounterGrain>("contested");
        await counter.AddAsync(1);
        await AppendBehindTheSilosBackAsync(database, "contested", version: 2, amount: 40);

        var conflict = await Assert.ThrowsAsync<GrainConcurrencyException>(() => counter.AddAsync(100));

        Assert.Equal("test-counter", conflict.GrainType);
        Assert.Equal("contested", conflict.Key);
        Assert.Contains("safe to retry", conflict.Message);
        // Nothing of the refused command is stored, and the grain reloads the truth for the next call.
        Assert.Equal(41, await counter.GetAsync());
        Assert.Equal(42, await counter.AddAsync(1));
    }

    /// <summary>Another writer's commit that this node is not told about (no notification), so its activation stays stale.</summary>
    private static async Task AppendBehindTheSilosBackAsync(string database, string key, long version, int amount)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO frontdesk_journal (grain_type, grain_key, first_version, last_version, commit_id, events)
            VALUES ('test-counter', $1, $2, $2, gen_random_uuid(), json_build_array(json_build_object('amount', $3::int)))
            """, connection);
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = version });
        insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = amount });
        await insert.ExecuteNonQueryAsync();
    }
}
