namespace Frontdesk.Silo.Journal;

/// <summary>
/// A journal that passes everything to another: the base for wrappers that change one thing
/// (tests inject faults, benchmarks try another statement).
/// </summary>
public abstract class DelegatingJournalStorage(IJournalStorage inner) : IJournalStorage
{
    protected IJournalStorage Inner => inner;

    public virtual string Name => inner.Name;
    public virtual bool SharedWithOtherNodes => inner.SharedWithOtherNodes;
    public virtual Task MigrateAsync(CancellationToken cancellationToken) => inner.MigrateAsync(cancellationToken);
    public virtual Task<StoredSnapshot?> ReadSnapshotAsync(string grainType, string key, CancellationToken cancellationToken) =>
        inner.ReadSnapshotAsync(grainType, key, cancellationToken);
    public virtual Task<IReadOnlyList<StoredCommit>> ReadCommitsAsync(string grainType, string key, long afterVersion, CancellationToken cancellationToken) =>
        inner.ReadCommitsAsync(grainType, key, afterVersion, cancellationToken);
    public virtual Task<StoredStream> ReadStreamAsync(string grainType, string key, CancellationToken cancellationToken) =>
        inner.ReadStreamAsync(grainType, key, cancellationToken);
    public virtual Task<bool[]> AppendAsync(IReadOnlyList<JournalAppend> appends, CancellationToken cancellationToken) =>
        inner.AppendAsync(appends, cancellationToken);
    public virtual Task<IReadOnlyList<IndexRow>> QueryIndexAsync(IndexQuery query, CancellationToken cancellationToken) =>
        inner.QueryIndexAsync(query, cancellationToken);
    public virtual Task WriteSnapshotAsync(string grainType, string key, long version, string stateJson, CancellationToken cancellationToken) =>
        inner.WriteSnapshotAsync(grainType, key, version, stateJson, cancellationToken);
    public virtual Task UpsertReminderAsync(StoredReminder reminder, CancellationToken cancellationToken) =>
        inner.UpsertReminderAsync(reminder, cancellationToken);
    public virtual Task<bool> DeleteReminderAsync(string grainType, string key, string name, Guid? etag, CancellationToken cancellationToken) =>
        inner.DeleteReminderAsync(grainType, key, name, etag, cancellationToken);
    public virtual Task<bool> RescheduleReminderAsync(string grainType, string key, string name, Guid etag, DateTimeOffset dueAt, Guid newEtag, CancellationToken cancellationToken) =>
        inner.RescheduleReminderAsync(grainType, key, name, etag, dueAt, newEtag, cancellationToken);
    public virtual Task<IReadOnlyList<StoredReminder>> ReadDueRemindersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken) =>
        inner.ReadDueRemindersAsync(dueBy, limit, cancellationToken);
    public virtual Task<bool> HoldLeadershipAsync(CancellationToken cancellationToken) => inner.HoldLeadershipAsync(cancellationToken);
    public virtual Task PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);
    public virtual ValueTask DisposeAsync() => inner.DisposeAsync();
}
