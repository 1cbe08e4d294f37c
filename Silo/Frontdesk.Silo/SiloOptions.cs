using System.Text.Json;
using System.Text.Json.Serialization;

namespace Frontdesk.Silo;

public sealed class SiloOptions
{
    /// <summary>This node's name in the cluster; it marks the notifications it sends so it can ignore its own.</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>An activation idle this long is deactivated (Orleans' default is 15 minutes).</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A snapshot is stored each time a grain's version crosses a multiple of this.</summary>
    public int SnapshotEvery { get; set; } = 100;

    /// <summary>How many times a command is re-run against reloaded state after losing an append race.</summary>
    public int MaxConflictAttempts { get; set; } = 10;

    /// <summary>How many waiting calls one activation runs before it confirms their events in one append.</summary>
    public int MaxCallsPerBatch { get; set; } = 256;

    /// <summary>How many grains' commits may share one database transaction.</summary>
    public int MaxAppendsPerBatch { get; set; } = 256;

    /// <summary>Concurrent appending connections; 0 picks per database (SQLite has one writer).</summary>
    public int JournalWriters { get; set; }

    /// <summary>Each database call is given up after this long and counts as a transient failure.</summary>
    public TimeSpan StorageTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries of a transient database failure before the caller is told.</summary>
    public int StorageRetries { get; set; } = 3;

    /// <summary>After repeated failures, calls fail at once for this long, then a probe tries the database again.</summary>
    public TimeSpan StorageBreakDuration { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long a node waits before it tries to listen again after losing its listening connection (PostgreSQL). Until it
    /// listens again every turn re-reads its grain's tail, so this bounds how long it works the slower way.
    /// </summary>
    public TimeSpan ListenRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long start-up may try to reach and migrate the database before it gives up.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the leading node looks for due reminders; a reminder fires at most this late.</summary>
    public TimeSpan ReminderPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A reminder whose delivery failed is tried again after this long.</summary>
    public TimeSpan ReminderRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How events, snapshots and index entries are written. Enums are stored by name, so reordering one never rewrites
    /// history; nulls are left out; text is stored as UTF-8, not \u-escaped (a Cyrillic name would otherwise take three
    /// times the space): the journal is never pasted into HTML.
    /// </summary>
    public JsonSerializerOptions Json { get; set; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
