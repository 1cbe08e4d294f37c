using System.Data.Common;

namespace Frontdesk.Silo.Journal;

/// <summary>An index entry as stored: with the grain that wrote it and the grain's version at that commit.</summary>
public sealed record IndexRow(string Index, string EntryId, string Key, string GrainType, string GrainKey, long Version, string DataJson)
{
    /// <summary>Reads the columns index_name, entry_id, index_key, grain_type, grain_key, version, data, in that order.</summary>
    internal static async Task<IReadOnlyList<IndexRow>> ReadAllAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new List<IndexRow>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new IndexRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetInt64(5), reader.GetString(6)));
        return rows;
    }
}
