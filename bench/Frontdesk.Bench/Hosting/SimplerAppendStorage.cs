using Frontdesk.Silo.Journal;
using Frontdesk.Silo.Journal.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Frontdesk.Bench.Hosting;

/// <summary>
/// An experiment, not the runtime: the PostgreSQL journal with its append statement replaced by a plain
/// <c>INSERT … SELECT FROM unnest … ON CONFLICT DO NOTHING RETURNING</c> (one <c>pg_notify</c> per stored row,
/// as the runtime sends). Only rows that were not inserted are looked up again, to tell an earlier try of the
/// same commit (same id: stored) from another writer's (conflict). Everything else is the runtime's own storage.
/// With <c>useRuntimeAppend</c> the append is the runtime's too, so both sides of a comparison run without the
/// change listener (the silo starts one only for its own PostgreSQL storage type) and differ by the statement alone.
/// </summary>
internal sealed class SimplerAppendStorage(PostgresJournalStorage inner, bool useRuntimeAppend) : DelegatingJournalStorage(inner)
{
    private const string InsertSql = """
        WITH stored AS (
            INSERT INTO frontdesk_journal (grain_type, grain_key, first_version, last_version, commit_id, events)
            SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::uuid[], $6::json[])
            ON CONFLICT DO NOTHING
            RETURNING grain_type, grain_key, first_version, last_version, commit_id)
        SELECT s.commit_id, pg_notify('frontdesk_journal', $7 || '|' || s.first_version || '|' || s.last_version || '|' || s.grain_type || '|' || s.grain_key)
        FROM stored s
        """;

    private const string OwnersSql = """
        SELECT j.commit_id FROM unnest($1::text[], $2::text[], $3::bigint[]) AS i(grain_type, grain_key, first_version)
        JOIN frontdesk_journal j USING (grain_type, grain_key, first_version)
        """;

    public override async Task<bool[]> AppendAsync(IReadOnlyList<JournalAppend> appends, CancellationToken cancellationToken)
    {
        if (useRuntimeAppend) return await inner.AppendAsync(appends, cancellationToken);
        var stored = new HashSet<Guid>();
        await using (var insert = inner.DataSource.CreateCommand(InsertSql))
        {
            insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. appends.Select(a => a.GrainType)] });
            insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. appends.Select(a => a.Key)] });
            insert.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. appends.Select(a => a.FirstVersion)] });
            insert.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. appends.Select(a => a.LastVersion)] });
            insert.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. appends.Select(a => a.CommitId)] });
            insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. appends.Select(a => a.EventsJson)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Json });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "bench" });
            await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) stored.Add(reader.GetGuid(0));
        }
        var missing = appends.Where(a => !stored.Contains(a.CommitId)).ToArray();
        if (missing.Length > 0)
        {
            // Rare: a conflict, or the retry of a commit whose first try landed. Only the commit id tells which.
            await using var owners = inner.DataSource.CreateCommand(OwnersSql);
            owners.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. missing.Select(a => a.GrainType)] });
            owners.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. missing.Select(a => a.Key)] });
            owners.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. missing.Select(a => a.FirstVersion)] });
            await using var reader = await owners.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) stored.Add(reader.GetGuid(0));
        }
        return [.. appends.Select(a => stored.Contains(a.CommitId))];
    }
}
