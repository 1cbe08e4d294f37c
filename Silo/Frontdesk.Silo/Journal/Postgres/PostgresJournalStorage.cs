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
    private readonly PostgresLeadership _leadership = new(dataSource);

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
        (2, "secondary index written with the commits", """
            CREATE TABLE IF NOT EXISTS frontdesk_index (
                index_name text   NOT NULL,
                entry_id   text   NOT NULL,
                index_key  text   NOT NULL,
                grain_type text   NOT NULL,
                grain_key  text   NOT NULL,
                version    bigint NOT NULL,
                data       json   NOT NULL,
                PRIMARY KEY (index_name, entry_id)
            );
            CREATE INDEX IF NOT EXISTS frontdesk_index_by_key ON frontdesk_index (index_name, index_key text_pattern_ops);
            """),
        (3, "reminders", """
            CREATE TABLE IF NOT EXISTS frontdesk_reminders (
                grain_type   text        NOT NULL,
                grain_key    text        NOT NULL,
                name         text        NOT NULL,
                first_due_at timestamptz NOT NULL,
                due_at       timestamptz NOT NULL,
                period_ms    bigint      NOT NULL,
                etag         uuid        NOT NULL,
                PRIMARY KEY (grain_type, grain_key, name)
            );
            CREATE INDEX IF NOT EXISTS frontdesk_reminders_due ON frontdesk_reminders (due_at);
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
        ), entries AS (
            -- One row per entry even if two grains of the batch name it (ON CONFLICT may touch a row once).
            SELECT DISTINCT ON (x.index_name, x.entry_id)
                   x.index_name, x.entry_id, x.index_key, s.grain_type, s.grain_key, s.last_version AS version, x.data
            FROM unnest($8::text[], $9::text[], $10::text[], $11::json[], $12::int[]) AS x(index_name, entry_id, index_key, data, owner)
            JOIN input i ON i.idx = x.owner
            JOIN stored s ON s.grain_type = i.grain_type AND s.grain_key = i.grain_key AND s.first_version = i.first_version
            ORDER BY x.index_name, x.entry_id, s.last_version DESC
        ), indexed AS (
            INSERT INTO frontdesk_index (index_name, entry_id, index_key, grain_type, grain_key, version, data)
            SELECT index_name, entry_id, index_key, grain_type, grain_key, version, data FROM entries WHERE data IS NOT NULL
            ON CONFLICT (index_name, entry_id) DO UPDATE
                SET index_key = excluded.index_key, grain_type = excluded.grain_type, grain_key = excluded.grain_key,
                    version = excluded.version, data = excluded.data
                WHERE excluded.version > frontdesk_index.version
                   OR excluded.grain_type <> frontdesk_index.grain_type OR excluded.grain_key <> frontdesk_index.grain_key
            RETURNING 1
        ), unindexed AS (
            DELETE FROM frontdesk_index f USING entries e
            WHERE e.data IS NULL AND f.index_name = e.index_name AND f.entry_id = e.entry_id
            RETURNING 1
        )
        SELECT i.idx, (s.first_version IS NOT NULL OR coalesce(j.commit_id = i.commit_id, false)) AS committed
        FROM input i
        CROSS JOIN notified
        LEFT JOIN stored s ON s.grain_type = i.grain_type AND s.grain_key = i.grain_key AND s.first_version = i.first_version
        LEFT JOIN frontdesk_journal j ON j.grain_type = i.grain_type AND j.grain_key = i.grain_key AND j.first_version = i.first_version
        """;

    public string Name => "postgresql";
    public bool SharedWithOtherNodes => true;

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

    public async Task<StoredStream> ReadStreamAsync(string grainType, string key, CancellationToken cancellationToken)
    {
        // One statement sees one snapshot of the database: the tail read is the tail of the snapshot read.
        await using var command = dataSource.CreateCommand("""
            WITH s AS (SELECT version, state FROM frontdesk_snapshots WHERE grain_type = $1 AND grain_key = $2)
            SELECT 0 AS part, version, version, state::text FROM s
            UNION ALL
            SELECT 1, first_version, last_version, events::text FROM frontdesk_journal
            WHERE grain_type = $1 AND grain_key = $2 AND first_version > coalesce((SELECT version FROM s), 0)
            ORDER BY 1, 2
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainType });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StreamReading.ReadAsync(reader, cancellationToken);
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
        AddIndexParameters(command, appends);
        var results = new bool[n];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            results[reader.GetInt64(0) - 1] = reader.GetBoolean(1);
        return results;
    }

    private static void AddIndexParameters(NpgsqlCommand command, IReadOnlyList<JournalAppend> appends)
    {
        var count = 0;
        foreach (var a in appends) count += a.IndexEntries?.Count ?? 0;
        var names = new string[count];
        var ids = new string[count];
        var keys = new string[count];
        var data = new string?[count];
        var owners = new int[count];
        var at = 0;
        for (var i = 0; i < appends.Count; i++)
        {
            if (appends[i].IndexEntries is not { } entries) continue;
            foreach (var e in entries)
            {
                (names[at], ids[at], keys[at], data[at], owners[at]) = (e.Index, e.EntryId, e.Key, e.DataJson, i + 1);
                at++;
            }
        }
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = names });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = ids });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = keys });
        command.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = data, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Json });
        command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = owners });
    }

    public async Task<IReadOnlyList<IndexRow>> QueryIndexAsync(IndexQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT index_name, entry_id, index_key, grain_type, grain_key, version, data::text FROM frontdesk_index
            WHERE index_name = $1
              AND ($2::text IS NULL OR index_key = $2)
              AND ($3::text IS NULL OR starts_with(index_key, $3))
              AND ($4::text IS NULL OR strpos(index_key, $4) > 0)
              AND ($5::text IS NULL OR entry_id = $5)
            ORDER BY index_key, entry_id
            LIMIT $6
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = query.Index });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.Key ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.KeyPrefix ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.KeyContains ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)query.EntryId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = Math.Max(1, query.Limit) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await IndexRow.ReadAllAsync(reader, cancellationToken);
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

    public async Task UpsertReminderAsync(StoredReminder reminder, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO frontdesk_reminders (grain_type, grain_key, name, first_due_at, due_at, period_ms, etag)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (grain_type, grain_key, name) DO UPDATE
                SET first_due_at = excluded.first_due_at, due_at = excluded.due_at, period_ms = excluded.period_ms, etag = excluded.etag
            """);
        AddReminderKey(command, reminder.GrainType, reminder.GrainKey, reminder.Name);
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = reminder.FirstDueAt.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = reminder.DueAt.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = (long)reminder.Period.TotalMilliseconds });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = reminder.ETag });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> DeleteReminderAsync(string grainType, string key, string name, Guid? etag, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "DELETE FROM frontdesk_reminders WHERE grain_type = $1 AND grain_key = $2 AND name = $3 AND ($4::uuid IS NULL OR etag = $4)");
        AddReminderKey(command, grainType, key, name);
        command.Parameters.Add(new NpgsqlParameter { Value = etag.HasValue ? etag.Value : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<bool> RescheduleReminderAsync(string grainType, string key, string name, Guid etag, DateTimeOffset dueAt, Guid newEtag, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE frontdesk_reminders SET due_at = $5, etag = $6 WHERE grain_type = $1 AND grain_key = $2 AND name = $3 AND etag = $4");
        AddReminderKey(command, grainType, key, name);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = etag });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = dueAt.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = newEtag });
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<StoredReminder>> ReadDueRemindersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT grain_type, grain_key, name, first_due_at, due_at, period_ms, etag FROM frontdesk_reminders
            WHERE due_at <= $1 ORDER BY due_at LIMIT $2
            """);
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = dueBy.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var due = new List<StoredReminder>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            due.Add(new StoredReminder(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                new DateTimeOffset(reader.GetDateTime(3), TimeSpan.Zero), new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero),
                TimeSpan.FromMilliseconds(reader.GetInt64(5)), reader.GetGuid(6)));
        return due;
    }

    public Task<bool> HoldLeadershipAsync(CancellationToken cancellationToken) => _leadership.HoldAsync(cancellationToken);

    private static void AddReminderKey(NpgsqlCommand command, string grainType, string key, string name)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainType });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
    }

    public async ValueTask DisposeAsync()
    {
        await _leadership.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
