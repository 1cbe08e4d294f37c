namespace Frontdesk.Silo.Journal;

public sealed record StoredCommit(long FirstVersion, long LastVersion, string EventsJson);
