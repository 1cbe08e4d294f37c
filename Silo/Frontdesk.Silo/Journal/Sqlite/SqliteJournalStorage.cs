using Microsoft.Data.Sqlite;

namespace Frontdesk.Silo.Journal.Sqlite;

/// <summary>
/// The single-node, zero-set-up journal: one SQLite file in WAL mode with full sync, so an acknowledged
/// commit survives a crash. SQLite has one writer at a time; appends are serialised here and batched by
/// the journal writer above, so many grains share one transaction.
/// </summary>
public sealed class SqliteJournalStorage : IJournalStorage
{
    private static readonly (int Id, string Name, string Sql)[] Migrations =
    [
        (1, "journal and snapshots", """
            CREATE TABLE IF NOT EXISTS frontdesk_journal (
                grain_type    TEXT    NOT NULL,
                grain_key     TEXT    NOT NULL,
                first_version INTEGER NOT NULL,
                last_version  INTEGER NOT NULL,
                commit_id     TEXT    NOT NULL,
                events        TEXT    NOT NULL,
                committed_at  TEXT    NOT NULL,
                PRIMARY KEY (grain_type, grain_key, first_version)
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS frontdesk_snapshots (
                grain_type TEXT    NOT NULL,
                grain_key  TEXT    NOT NULL,
                version    INTEGER NOT NULL,
                state      TEXT    NOT NULL,
                taken_at   TEXT    NOT NULL,
                PRIMARY KEY (grain_type, grain_key)
            ) WITHOUT ROWID;
            """),
        (2, "secondary index written with the commits", """
            CREATE TABLE IF NOT EXISTS frontdesk_index (
                index_name TEXT    NOT NULL,
                entry_id   TEXT    NOT NULL,
                index_key  TEXT    NOT NULL,
                grain_type TEXT    NOT NULL,
                grain_key  TEXT    NOT NULL,
                version    INTEGER NOT NULL,
                data       TEXT    NOT NULL,
                PRIMARY KEY (index_name, entry_id)
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS frontdesk_index_by_key ON frontdesk_index (index_name, index_key);
            """),
        (3, "reminders", """
            CREATE TABLE IF NOT EXISTS frontdesk_reminders (
                grain_type   TEXT    NOT NULL,
                grain_key    TEXT    NOT NULL,
                name         TEXT    NOT NULL,
                first_due_at INTEGER NOT NULL,
                due_at       INTEGER NOT NULL,
                period_ms    INTEGER NOT NULL,
                etag         TEXT    NOT NULL,
                PRIMARY KEY (grain_type, grain_key, name)
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS frontdesk_reminders_due ON frontdesk_reminders (due_at);
            """),
    ];

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private SqliteConnection? _writer;

    public SqliteJournalStorage(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        };
        var file = builder.DataSource;
        if (string.IsNullOrWhiteSpace(file) || file == ":memory:")
            throw new ArgumentException("The SQLite journal needs a file path (Data Source=...).", nameof(connectionString));
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        _connectionString = builder.ToString();
        FilePath = Path.GetFullPath(file);
    }

    public string Name => "sqlite";

    // One node owns the file (SQLite has one writer and no notifications between processes).
    public bool SharedWithOtherNodes => false;

    public string FilePath { get; }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var connection = await WriterAsync(cancellationToken);
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS frontdesk_schema_migrations (
                    id         INTEGER PRIMARY KEY,
                    name       TEXT NOT NULL,
                    applied_at TEXT NOT NULL)
                """, cancellationToken);
            foreach (var (id, name, sql) in Migrations)
            {
                await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await using (var check = connection.CreateCommand())
                {
                    check.Transaction = tx;
                    check.CommandText = "SELECT count(*) FROM frontdesk_schema_migrations WHERE id = $id";
                    check.Parameters.AddWithValue("$id", id);
                    if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken)) > 0) continue;
                }
                await using (var apply = connection.CreateCommand())
                {
                    apply.Transaction = tx;
                    apply.CommandText = sql + "; INSERT INTO frontdesk_schema_migrations (id, name, applied_at) VALUES ($id, $name, $at)";
                    apply.Parameters.AddWithValue("$id", id);
                    apply.Parameters.AddWithValue("$name", name);
                    apply.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O"));
                    await apply.ExecuteNonQueryAsync(cancellationToken);
                }
                await tx.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<StoredSnapshot?> ReadSnapshotAsync(string grainType, string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, state FROM frontdesk_snapshots WHERE grain_type = $t AND grain_key = $k";
        command.Parameters.AddWithValue("$t", grainType);
        command.Parameters.AddWithValue("$k", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredSnapshot(reader.GetInt64(0), reader.GetString(1)) : null;
    }

    public async Task<IReadOnlyList<StoredCommit>> ReadCommitsAsync(string grainType, string key, long afterVersion, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT first_version, last_version, events FROM frontdesk_journal
            WHERE grain_type = $t AND grain_key = $k AND first_version > $v ORDER BY first_version
            """;
        command.Parameters.AddWithValue("$t", grainType);
        command.Parameters.AddWithValue("$k", key);
        command.Parameters.AddWithValue("$v", afterVersion);
        var commits = new List<StoredCommit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            commits.Add(new StoredCommit(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
        return commits;
    }

    public async Task<StoredStream> ReadStreamAsync(string grainType, string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT 0 AS part, version, version, state FROM frontdesk_snapshots WHERE grain_type = $t AND grain_key = $k
            UNION ALL
            SELECT 1, first_version, last_version, events FROM frontdesk_journal
            WHERE grain_type = $t AND grain_key = $k
              AND first_version > coalesce((SELECT version FROM frontdesk_snapshots WHERE grain_type = $t AND grain_key = $k), 0)
            ORDER BY 1, 2
            """;
        command.Parameters.AddWithValue("$t", grainType);
        command.Parameters.AddWithValue("$k", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StreamReading.ReadAsync(reader, cancellationToken);
    }

    public async Task<bool[]> AppendAsync(IReadOnlyList<JournalAppend> appends, CancellationToken cancellationToken)
    {
        var results = new bool[appends.Count];
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var connection = await WriterAsync(cancellationToken);
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = """
                INSERT INTO frontdesk_journal (grain_type, grain_key, first_version, last_version, commit_id, events, committed_at)
                VALUES ($t, $k, $f, $l, $c, $e, $at) ON CONFLICT DO NOTHING
                """;
            var t = insert.Parameters.Add("$t", SqliteType.Text);
            var k = insert.Parameters.Add("$k", SqliteType.Text);
            var f = insert.Parameters.Add("$f", SqliteType.Integer);
            var l = insert.Parameters.Add("$l", SqliteType.Integer);
            var c = insert.Parameters.Add("$c", SqliteType.Text);
            var e = insert.Parameters.Add("$e", SqliteType.Text);
            insert.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O"));
            await using var index = new SqliteIndexWriter(connection, tx);
            await using var owner = connection.CreateCommand();
            owner.Transaction = tx;
            owner.CommandText = "SELECT commit_id FROM frontdesk_journal WHERE grain_type = $t AND grain_key = $k AND first_version = $f";
            var ot = owner.Parameters.Add("$t", SqliteType.Text);
            var ok = owner.Parameters.Add("$k", SqliteType.Text);
            var of = owner.Parameters.Add("$f", SqliteType.Integer);
            for (var i = 0; i < appends.Count; i++)
            {
                var a = appends[i];
                (t.Value, k.Value, f.Value, l.Value, c.Value, e.Value) =
                    (a.GrainType, a.Key, a.FirstVersion, a.LastVersion, a.CommitId.ToString("N"), a.EventsJson);
                if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
                {
                    results[i] = true;
                    if (a.IndexEntries is { Count: > 0 }) await index.WriteAsync(a, cancellationToken);
                    continue;
                }
                (ot.Value, ok.Value, of.Value) = (a.GrainType, a.Key, a.FirstVersion);
                results[i] = await owner.ExecuteScalarAsync(cancellationToken) as string == a.CommitId.ToString("N");
            }
            await tx.CommitAsync(cancellationToken);
        }
        catch
        {
            // A writer connection that failed mid-transaction is not trusted again.
            await DropWriterAsync();
            throw;
        }
        finally
        {
            _writeGate.Release();
        }
        return results;
    }

    public async Task<IReadOnlyList<IndexRow>> QueryIndexAsync(IndexQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT index_name, entry_id, index_key, grain_type, grain_key, version, data FROM frontdesk_index
            WHERE index_name = $index
              AND ($key IS NULL OR index_key = $key)
              AND ($prefix IS NULL OR substr(index_key, 1, length($prefix)) = $prefix)
              AND ($contains IS NULL OR instr(index_key, $contains) > 0)
              AND ($entry IS NULL OR entry_id = $entry)
            ORDER BY index_key, entry_id
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$index", query.Index);
        command.Parameters.AddWithValue("$key", (object?)query.Key ?? DBNull.Value);
        command.Parameters.AddWithValue("$prefix", (object?)query.KeyPrefix ?? DBNull.Value);
        command.Parameters.AddWithValue("$contains", (object?)query.KeyContains ?? DBNull.Value);
        command.Parameters.AddWithValue("$entry", (object?)query.EntryId ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", Math.Max(1, query.Limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await IndexRow.ReadAllAsync(reader, cancellationToken);
    }

    public Task WriteSnapshotAsync(string grainType, string key, long version, string stateJson, CancellationToken cancellationToken) =>
        WriteAsync("""
            INSERT INTO frontdesk_snapshots (grain_type, grain_key, version, state, taken_at) VALUES ($t, $k, $v, $s, $at)
            ON CONFLICT (grain_type, grain_key) DO UPDATE SET version = excluded.version, state = excluded.state, taken_at = excluded.taken_at
            WHERE excluded.version > frontdesk_snapshots.version
            """, p =>
        {
            p.AddWithValue("$t", grainType);
            p.AddWithValue("$k", key);
            p.AddWithValue("$v", version);
            p.AddWithValue("$s", stateJson);
            p.AddWithValue("$at", DateTime.UtcNow.ToString("O"));
        }, cancellationToken);

    // Instants are stored as Unix milliseconds: exact, sortable, and free of text-format pitfalls.
    public Task UpsertReminderAsync(StoredReminder reminder, CancellationToken cancellationToken) =>
        WriteAsync("""
            INSERT INTO frontdesk_reminders (grain_type, grain_key, name, first_due_at, due_at, period_ms, etag)
            VALUES ($t, $k, $n, $first, $due, $period, $etag)
            ON CONFLICT (grain_type, grain_key, name) DO UPDATE
                SET first_due_at = excluded.first_due_at, due_at = excluded.due_at, period_ms = excluded.period_ms, etag = excluded.etag
            """, p =>
        {
            AddReminderKey(p, reminder.GrainType, reminder.GrainKey, reminder.Name);
            p.AddWithValue("$first", reminder.FirstDueAt.ToUnixTimeMilliseconds());
            p.AddWithValue("$due", reminder.DueAt.ToUnixTimeMilliseconds());
            p.AddWithValue("$period", (long)reminder.Period.TotalMilliseconds);
            p.AddWithValue("$etag", reminder.ETag.ToString("N"));
        }, cancellationToken);

    public async Task<bool> DeleteReminderAsync(string grainType, string key, string name, Guid? etag, CancellationToken cancellationToken) =>
        await WriteAsync("DELETE FROM frontdesk_reminders WHERE grain_type = $t AND grain_key = $k AND name = $n AND ($etag IS NULL OR etag = $etag)", p =>
        {
            AddReminderKey(p, grainType, key, name);
            p.AddWithValue("$etag", (object?)etag?.ToString("N") ?? DBNull.Value);
        }, cancellationToken) > 0;

    public async Task<bool> RescheduleReminderAsync(string grainType, string key, string name, Guid etag, DateTimeOffset dueAt, Guid newEtag, CancellationToken cancellationToken) =>
        await WriteAsync("UPDATE frontdesk_reminders SET due_at = $due, etag = $new WHERE grain_type = $t AND grain_key = $k AND name = $n AND etag = $etag", p =>
        {
            AddReminderKey(p, grainType, key, name);
            p.AddWithValue("$etag", etag.ToString("N"));
            p.AddWithValue("$due", dueAt.ToUnixTimeMilliseconds());
            p.AddWithValue("$new", newEtag.ToString("N"));
        }, cancellationToken) > 0;

    public async Task<IReadOnlyList<StoredReminder>> ReadDueRemindersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT grain_type, grain_key, name, first_due_at, due_at, period_ms, etag FROM frontdesk_reminders
            WHERE due_at <= $by ORDER BY due_at LIMIT $limit
            """;
        command.Parameters.AddWithValue("$by", dueBy.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$limit", limit);
        var due = new List<StoredReminder>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            due.Add(new StoredReminder(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                TimeSpan.FromMilliseconds(reader.GetInt64(5)), Guid.ParseExact(reader.GetString(6), "N")));
        return due;
    }

    /// <summary>One SQLite file has one node: it always leads.</summary>
    public Task<bool> HoldLeadershipAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    private static void AddReminderKey(SqliteParameterCollection p, string grainType, string key, string name)
    {
        p.AddWithValue("$t", grainType);
        p.AddWithValue("$k", key);
        p.AddWithValue("$n", name);
    }

    private async Task<int> WriteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var connection = await WriterAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command.Parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            await DropWriterAsync();
            throw;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT 1 FROM frontdesk_schema_migrations LIMIT 1", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await DropWriterAsync();
        _writeGate.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task<SqliteConnection> WriterAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null) return _writer;
        var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;", cancellationToken);
        return _writer = connection;
    }

    private async Task DropWriterAsync()
    {
        if (_writer is null) return;
        await _writer.DisposeAsync();
        _writer = null;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
