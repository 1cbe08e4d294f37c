namespace Frontdesk.Silo.Journal;

/// <summary>
/// The one contract every journal database meets (SQLite, PostgreSQL). A stream is a grain's history:
/// commits of consecutive versions. A commit is stored under its first version, and
/// <c>(grain type, key, first version)</c> is unique, so of two writers that read the same version only
/// one can append: the database is the arbiter, not the single activation.
/// </summary>
public interface IJournalStorage : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgresql": for logs and health.</summary>
    string Name { get; }

    /// <summary>Creates or migrates the schema; idempotent, safe for several nodes at once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<StoredSnapshot?> ReadSnapshotAsync(string grainType, string key, CancellationToken cancellationToken);

    /// <summary>The commits whose first version is above <paramref name="afterVersion"/>, in order.</summary>
    Task<IReadOnlyList<StoredCommit>> ReadCommitsAsync(string grainType, string key, long afterVersion, CancellationToken cancellationToken);

    /// <summary>
    /// Appends many grains' commits in one transaction. Each append is all-or-nothing on its own: one that
    /// conflicts (its first version is taken) is refused without failing the others. The answer, in input
    /// order, is true for a commit now stored (including one stored by an earlier try of this same commit,
    /// recognised by its id) and false for a conflict.
    /// </summary>
    Task<bool[]> AppendAsync(IReadOnlyList<JournalAppend> appends, CancellationToken cancellationToken);

    /// <summary>Stores a snapshot unless a newer one is already stored.</summary>
    Task WriteSnapshotAsync(string grainType, string key, long version, string stateJson, CancellationToken cancellationToken);

    /// <summary>Throws when the database cannot be reached.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
