namespace Frontdesk.Silo;

/// <summary>An index entry read back: its data, and the grain and version it was written at.</summary>
public sealed record IndexHit<T>(string EntryId, string Key, GrainId Grain, long Version, T Data);
