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

    /// <summary>
    /// Whether other nodes may append to this journal. Then an activation here can be behind the database until their
    /// notification arrives, so a command it refuses is checked against the stored version before the refusal is answered.
    /// </summary>
    bool SharedWithOtherNodes { get; }

    /// <summary>Creates or migrates the schema; idempotent, safe for several nodes at once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<StoredSnapshot?> ReadSnapshotAsync(string grainType, string key, CancellationToken cancellationToken);

    /// <summary>
    /// The snapshot and the commits after it, in one read of one consistent state (one round trip where the database
    /// allows): what every activation needs.
    /// </summary>
    async Task<StoredStream> ReadStreamAsync(string grainType, string key, CancellationToken cancellationToken)
    {
        var snapshot = await ReadSnapshotAsync(grainType, key, cancellationToken);
        return new StoredStream(snapshot, await ReadCommitsAsync(grainType, key, snapshot?.Version ?? 0, cancellationToken));
    }

    /// <summary>The commits whose first version is above <paramref name="afterVersion"/>, in order.</summary>
    Task<IReadOnlyList<StoredCommit>> ReadCommitsAsync(string grainType, string key, long afterVersion, CancellationToken cancellationToken);

    /// <summary>
    /// Appends many grains' commits in one transaction. Each append is all-or-nothing on its own: one that
    /// conflicts (its first version is taken) is refused without failing the others. The answer, in input
    /// order, is true for a commit now stored (including one stored by an earlier try of this same commit,
    /// recognised by its id) and false for a conflict.
    /// </summary>
    Task<bool[]> AppendAsync(IReadOnlyList<JournalAppend> appends, CancellationToken cancellationToken);

    /// <summary>
    /// Entries of a secondary index, as written by the commits that are stored (see <see cref="JournalAppend.IndexEntries"/>).
    /// </summary>
    Task<IReadOnlyList<IndexRow>> QueryIndexAsync(IndexQuery query, CancellationToken cancellationToken);

    /// <summary>Stores a snapshot unless a newer one is already stored.</summary>
    Task WriteSnapshotAsync(string grainType, string key, long version, string stateJson, CancellationToken cancellationToken);

    /// <summary>Creates or replaces a grain's reminder of that name.</summary>
    Task UpsertReminderAsync(StoredReminder reminder, CancellationToken cancellationToken);

    /// <summary>Removes a reminder; with an <paramref name="etag"/>, only if it was not written again since.</summary>
    Task<bool> DeleteReminderAsync(string grainType, string key, string name, Guid? etag, CancellationToken cancellationToken);

    /// <summary>Moves a reminder's next delivery, only if it was not written again since <paramref name="etag"/>.</summary>
    Task<bool> RescheduleReminderAsync(string grainType, string key, string name, Guid etag, DateTimeOffset dueAt, Guid newEtag, CancellationToken cancellationToken);

    /// <summary>Reminders due at or before <paramref name="dueBy"/>, earliest first.</summary>
    Task<IReadOnlyList<StoredReminder>> ReadDueRemindersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// True while this node holds the cluster's leadership (it delivers reminders and runs the scheduled jobs).
    /// Called repeatedly; a node that loses its hold (connection lost) answers false until it wins again.
    /// </summary>
    Task<bool> HoldLeadershipAsync(CancellationToken cancellationToken);

    /// <summary>Throws when the database cannot be reached.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
