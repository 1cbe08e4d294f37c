using System.Text.Json;
using Frontdesk.Silo.Journal;

namespace Frontdesk.Silo.Runtime;

/// <summary>What the activation needs from a journaled grain, kept off the grain's public surface.</summary>
internal interface IJournaledGrain
{
    long ConfirmedVersion { get; }
    int PendingCount { get; }
    Type EventType { get; }
    void Reset();
    void BeginCall(Caller caller, string command, DateTimeOffset at);
    void EndCall(bool keep);
    List<AuditEntry> TakeAudit();
    void RestoreAudit(List<AuditEntry> entries);
    void ApplySnapshot(StoredSnapshot snapshot, JsonSerializerOptions json);
    void ApplyCommit(StoredCommit commit, JsonSerializerOptions json);
    IReadOnlyList<object> PendingEvents(int count);
    string SerializePending(JsonSerializerOptions json);
    IReadOnlyList<JournalIndexEntry>? PendingIndexEntries(JsonSerializerOptions json);
    void MarkConfirmed();
    void ReplayPending(IReadOnlyList<object> events);
    string SerializeState(JsonSerializerOptions json);
    bool IsSnapshotDue(long firstVersion, long lastVersion, int snapshotEvery);
}
