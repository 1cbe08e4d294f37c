namespace Frontdesk.Silo;

/// <summary>
/// A row a journaled grain keeps in a secondary index, stored in the same transaction as the commit whose
/// events produced it: what an index says is always something the journal says, at a version it names.
/// </summary>
/// <param name="EntryId">Unique within the index; entries are owned by one grain.</param>
/// <param name="Key">What the entry is found by: an exact value, a prefix, or text it contains.</param>
/// <param name="Data">Stored as JSON; null removes the entry.</param>
public sealed record IndexEntry(string Index, string EntryId, string Key, object? Data);
