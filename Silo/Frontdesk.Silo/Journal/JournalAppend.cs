namespace Frontdesk.Silo.Journal;

/// <param name="CommitId">Identifies this commit across retries, so a retry of a commit that did land is not taken for a conflict.</param>
/// <param name="EventsJson">A JSON array of the events, in order.</param>
/// <param name="IndexEntries">Index rows stored (or removed) with this commit, only if the commit is stored.</param>
public sealed record JournalAppend(
    string GrainType, string Key, long FirstVersion, long LastVersion, Guid CommitId, string EventsJson,
    IReadOnlyList<JournalIndexEntry>? IndexEntries = null);
