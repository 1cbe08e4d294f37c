namespace Frontdesk.Silo.Journal;

/// <summary>Entries of one index, by exact key, key prefix, text the key contains, or entry id; sorted by key.</summary>
public sealed record IndexQuery(string Index)
{
    public string? Key { get; init; }
    public string? KeyPrefix { get; init; }
    public string? KeyContains { get; init; }
    public string? EntryId { get; init; }
    public int Limit { get; init; } = 100;
}
