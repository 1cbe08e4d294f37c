using Microsoft.Data.Sqlite;

namespace Frontdesk.Silo.Journal.Sqlite;

/// <summary>Writes a stored commit's index entries inside the append's transaction.</summary>
internal sealed class SqliteIndexWriter : IAsyncDisposable
{
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _delete;

    public SqliteIndexWriter(SqliteConnection connection, SqliteTransaction tx)
    {
        _upsert = connection.CreateCommand();
        _upsert.Transaction = tx;
        _upsert.CommandText = """
            INSERT INTO frontdesk_index (index_name, entry_id, index_key, grain_type, grain_key, version, data)
            VALUES ($n, $e, $k, $t, $g, $v, $d)
            ON CONFLICT (index_name, entry_id) DO UPDATE
                SET index_key = excluded.index_key, grain_type = excluded.grain_type, grain_key = excluded.grain_key,
                    version = excluded.version, data = excluded.data
                WHERE excluded.version > frontdesk_index.version
                   OR excluded.grain_type <> frontdesk_index.grain_type OR excluded.grain_key <> frontdesk_index.grain_key
            """;
        foreach (var name in new[] { "$n", "$e", "$k", "$t", "$g", "$d" }) _upsert.Parameters.Add(name, SqliteType.Text);
        _upsert.Parameters.Add("$v", SqliteType.Integer);
        _delete = connection.CreateCommand();
        _delete.Transaction = tx;
        _delete.CommandText = "DELETE FROM frontdesk_index WHERE index_name = $n AND entry_id = $e";
        _delete.Parameters.Add("$n", SqliteType.Text);
        _delete.Parameters.Add("$e", SqliteType.Text);
    }

    public async Task WriteAsync(JournalAppend append, CancellationToken cancellationToken)
    {
        foreach (var entry in append.IndexEntries!)
        {
            if (entry.DataJson is null)
            {
                _delete.Parameters["$n"].Value = entry.Index;
                _delete.Parameters["$e"].Value = entry.EntryId;
                await _delete.ExecuteNonQueryAsync(cancellationToken);
                continue;
            }
            var p = _upsert.Parameters;
            (p["$n"].Value, p["$e"].Value, p["$k"].Value, p["$t"].Value, p["$g"].Value, p["$v"].Value, p["$d"].Value) =
                (entry.Index, entry.EntryId, entry.Key, append.GrainType, append.Key, append.LastVersion, entry.DataJson);
            await _upsert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _upsert.DisposeAsync();
        await _delete.DisposeAsync();
    }
}
