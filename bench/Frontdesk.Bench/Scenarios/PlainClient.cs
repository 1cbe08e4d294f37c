using Npgsql;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// The baseline the runtime is compared with: an application writing journal rows itself with Npgsql,
/// one autocommit statement per row, on a pool that skips DISCARD ALL (<c>No Reset On Close</c>).
/// </summary>
internal sealed class PlainClient : IAsyncDisposable
{
    private const string Payload = """[{"amount":1}]""";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _table;

    private PlainClient(NpgsqlDataSource dataSource, string table) => (_dataSource, _table) = (dataSource, table);

    public static async Task<PlainClient> CreateAsync(string connectionString, string table)
    {
        // Prepared like the journal's own statements, so the comparison is statement against statement.
        var dataSource = NpgsqlDataSource.Create(connectionString + ";No Reset On Close=true;Maximum Pool Size=128;Max Auto Prepare=32;Auto Prepare Min Usages=2");
        await using var create = dataSource.CreateCommand($"""
            CREATE TABLE {table} (
                stream  text   NOT NULL,
                version bigint NOT NULL,
                payload json   NOT NULL,
                PRIMARY KEY (stream, version))
            """);
        await create.ExecuteNonQueryAsync();
        return new PlainClient(dataSource, table);
    }

    public async Task InsertAsync(string stream, long version)
    {
        await using var insert = _dataSource.CreateCommand($"INSERT INTO {_table} (stream, version, payload) VALUES ($1, $2, $3::json)");
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stream });
        insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = version });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Payload });
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>The same row plus a <c>pg_notify</c> in the same transaction, as the silo's append sends one per commit.</summary>
    public async Task InsertAndNotifyAsync(string stream, long version)
    {
        await using var insert = _dataSource.CreateCommand($"""
            WITH stored AS (INSERT INTO {_table} (stream, version, payload) VALUES ($1, $2, $3::json) RETURNING stream, version)
            SELECT pg_notify('frontdesk_bench', 'node|' || version || '|' || version || '|bench|' || stream) FROM stored
            """);
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stream });
        insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = version });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Payload });
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// The usual optimistic pattern without an actor: read the stream's version, insert the next one, and
    /// on a unique violation (someone else took it) read again. Answers how many tries were lost first.
    /// </summary>
    public async Task<int> AppendNextAsync(string stream)
    {
        for (var lost = 0; ; lost++)
        {
            await using var read = _dataSource.CreateCommand($"SELECT coalesce(max(version), 0) FROM {_table} WHERE stream = $1");
            read.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stream });
            var version = (long)(await read.ExecuteScalarAsync())!;
            try
            {
                await InsertAsync(stream, version + 1);
                return lost;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
            {
            }
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
