using Npgsql;
using NpgsqlTypes;

namespace Frontdesk.Silo.Journal.Postgres;

/// <summary>
/// The cluster journal. One statement appends a whole batch of grains' commits, tells each apart as stored
/// or in conflict, and calls <c>pg_notify</c> for the stored ones, all in its own transaction: other nodes
/// hear of a commit exactly when it becomes visible.
/// </summary>
public sealed class PostgresJournalStorage(NpgsqlDataSource dataSource, string nodeId) : IJournalStorage
{
    public const string Channel = "frontdesk_journal";

    // Serialises migrations across nodes starting together; any constant shared by all nodes will do.
    private const long MigrationLock = 0x46726F6E74;

    private static readonly (int Id, string Name, string Sql)[] Migrations =
    [
        (1, "journal and snapshots", """
            CREATE TABLE IF NOT EXISTS frontdesk_journal (
                grain_type    text        NOT NULL,
                grain_key     text        NOT NULL,
                first_version bigint      NOT NULL,
                last_version  bigint      NOT NULL,
                commit_id     uuid        NOT NULL,
                events        json        NOT NULL,
                committed_at  timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (grain_type, grain_key, first_version),
                CHECK (last_version >= first_version)
            );
            CREATE TABLE IF NOT EXISTS frontdesk_snapshots (
                grain_type text        NOT NULL,
                grain_key  text        NOT NULL,
                version    bigint      NOT NULL,
                state      json        NOT NULL,
                taken_at   timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (grain_type, grain_key)
            );
            """),
    ];

    // A row that conflicts with a transaction committed after this statement began is invisible to the
    // statement's own read (j is null): that is another writer's commit, never an earlier try of ours.
    private const string AppendSql = """
        WITH input AS (
            SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::uuid[], $6::json[])
                WITH ORDINALITY AS i(grain_type, grain_key, first_version, last_version, commit_id, events, idx)
        ), stored AS (
            INSERT INTO frontdesk_journal (grain_type, grain_key, first_version, last_version, commit_id, events)
            SELECT grain_type, grain_key, first_version, last_version, commit_id, events FROM input
            ON CONFLICT DO NOTHING
            RETURNING grain_type, grain_key, first_version, last_version
        ), notified AS (
            SELECT count(*) AS n FROM (
                SELECT pg_notify('frontdesk_journal', $7 || '|' || s.first_version || '|' || s.last_version || '|' || s.grain_type || '|' || s.grain_key)
                FROM stored s) sent
        )
        SELECT i.idx, (s.first_version IS NOT NULL OR coalesce(j.commit_id = i.commit_id, false)) AS committed
        FROM input i
        CROSS JOIN notified
        LEFT JOIN stored s ON s.grain_type = i.grain_type AND s.grain_key = i.grain_key AND s.first_version = i.first_version
        LEFT JOIN frontdesk_journal j ON j.grain_type = i.grain_type AND j.grain_key = i.grain_key AND j.first_version = i.first_version
        """;

    public string Name => "postgresql";

    public NpgsqlDataSource DataSource => dataSource;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, tx, $"SELECT pg_advisory_xact_lock({MigrationLock})", cancellationToken);
        await ExecuteAsync(connection, tx, """
            CREATE TABLE IF NOT EXISTS frontdesk_schema_migrations (
                id         integer PRIMARY KEY,
                name       text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now())
            """, cancellationToken);
        foreach (var (id, name, sql) in Migrations)
        {
            await using var check = new NpgsqlCommand("SELECT count(*) FROM frontdesk_schema_migrations WHERE id = $1", connection, tx);
            check.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
            if ((long)(await check.ExecuteScalarAsync(cancellationToken))! > 0) continue;
            await ExecuteAsync(connection, tx, sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO frontdesk_schema_migrations (id, name) VALUES ($1, $2)", connection, tx);
            record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<StoredSnapshot?> ReadSnapshotAsync(string grainType, string key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT version, state::text FROM frontdesk_snapshots WHERE grain_type = $1 AND grain_key = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainType });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredSnapshot(reader.GetInt64(0), reader.GetString(1)) : null;
    }

    public async Task<IReadOnlyList<StoredCommit>> ReadCommitsAsync(string grainType, string key, long afterVersion, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT first_version, last_version, events::text FROM frontdesk_journal
            WHERE grain_type = $1 AND grain_key = $2 AND first_version > $3 ORDER BY first_version
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainType });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterVersion });
        var commits = new List<StoredCommit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            commits.Add(new StoredCommit(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
        return commits;
    }

    public async Task<bool[]> AppendAsync(IReadOnlyList<JournalAppend> appends, CancellationToken cancellationToken)
    {
        var n = appends.Count;
        var types = new string[n];
        var keys = new string[n];
        var firsts = new long[n];
        var lasts = new long[n];
        var ids = new Guid[n];
        var events = new string[n];
        for (var i = 0; i < n; i++)
        {
            var a = appends[i];
            (types[i], keys[i], firsts[i], lasts[i], ids[i], events[i]) =
                (a.GrainType, a.Key, a.FirstVersion, a.LastVersion, a.CommitId, a.EventsJson);
        }
        await using var command = dataSource.CreateCommand(AppendSql);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = types });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = keys });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = firsts });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = lasts });
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ids });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = events, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Json });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = nodeId });
        var results = new bool[n];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            results[reader.GetInt64(0) - 1] = reader.GetBoolean(1);
        return results;
    }

    public async Task WriteSnapshotAsync(string grainType, string key, long version, string stateJson, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO frontdesk_snapshots (grain_type, grain_key, version, state) VALUES ($1, $2, $3, $4::json)
            ON CONFLICT (grain_type, grain_key) DO UPDATE SET version = excluded.version, state = excluded.state, taken_at = now()
            WHERE excluded.version > frontdesk_snapshots.version
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainType });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = version });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stateJson });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT 1 FROM frontdesk_schema_migrations LIMIT 1");
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
