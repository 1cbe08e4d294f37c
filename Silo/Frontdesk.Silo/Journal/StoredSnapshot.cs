namespace Frontdesk.Silo.Journal;

public sealed record StoredSnapshot(long Version, string StateJson);
