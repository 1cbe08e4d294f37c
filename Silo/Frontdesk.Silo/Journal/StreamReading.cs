using System.Data.Common;

namespace Frontdesk.Silo.Journal;

/// <summary>Reads the rows of a one-statement stream read: (part 0: the snapshot; part 1: commits), version order.</summary>
internal static class StreamReading
{
    public static async Task<StoredStream> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        StoredSnapshot? snapshot = null;
        var commits = new List<StoredCommit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetInt32(0) == 0) snapshot = new StoredSnapshot(reader.GetInt64(1), reader.GetString(3));
            else commits.Add(new StoredCommit(reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3)));
        }
        return new StoredStream(snapshot, commits);
    }
}
