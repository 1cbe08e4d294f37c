namespace Frontdesk.Silo.Journal;

/// <summary>A grain's stored history as activation needs it: its snapshot (if any) and the commits after it, read together.</summary>
public sealed record StoredStream(StoredSnapshot? Snapshot, IReadOnlyList<StoredCommit> Commits);
