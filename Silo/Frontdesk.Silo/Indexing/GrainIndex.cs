using System.Text.Json;
using Frontdesk.Silo.Journal;

namespace Frontdesk.Silo;

/// <summary>Reads the secondary indexes the grains write with their commits (see <see cref="IndexEntry"/>).</summary>
public sealed class GrainIndex
{
    private readonly JournalGateway _journal;
    private readonly JsonSerializerOptions _json;

    internal GrainIndex(JournalGateway journal, SiloOptions options) => (_journal, _json) = (journal, options.Json);

    public async Task<IReadOnlyList<IndexHit<T>>> QueryAsync<T>(IndexQuery query, CancellationToken cancellationToken = default)
    {
        var rows = await _journal.QueryIndexAsync(query, cancellationToken);
        return rows.Select(r => new IndexHit<T>(r.EntryId, r.Key, new GrainId(r.GrainType, r.GrainKey), r.Version,
            JsonSerializer.Deserialize<T>(r.DataJson, _json)!)).ToList();
    }

    public async Task<IndexHit<T>?> FindAsync<T>(string index, string entryId, CancellationToken cancellationToken = default) =>
        (await QueryAsync<T>(new IndexQuery(index) { EntryId = entryId, Limit = 1 }, cancellationToken)).FirstOrDefault();
}
