namespace Frontdesk.Silo.Journal;

/// <summary>
/// One row of a grain's secondary index, written in the same transaction as the commit that produced it,
/// so an index never says what the journal does not. <paramref name="DataJson"/> null removes the entry.
/// </summary>
/// <param name="EntryId">Unique within the index; one grain owns an entry.</param>
/// <param name="Key">What the entry is found by (exact, prefix or contained text).</param>
public sealed record JournalIndexEntry(string Index, string EntryId, string Key, string? DataJson);
