using Frontdesk.Bench.Measurement;

namespace Frontdesk.Bench.Reporting;

/// <summary>The table every closed-loop scenario prints: one row per run.</summary>
internal static class LoadTable
{
    public static MarkdownTable Create(bool withConflicts = false) => withConflicts
        ? new MarkdownTable("case", "callers", "keys", "completed", "per s", "p50 ms", "p99 ms", "conflicts/s", "errors")
        : new MarkdownTable("case", "callers", "keys", "completed", "per s", "p50 ms", "p99 ms", "errors");

    public static void Add(MarkdownTable table, LoadResult result, string keys, bool withConflicts = false)
    {
        string[] cells =
        [
            result.Case, result.Callers.ToString(), keys, Format.Count(result.Calls), Format.Count(result.PerSecond),
            Format.Milliseconds(result.P50Milliseconds), Format.Milliseconds(result.P99Milliseconds),
        ];
        var errors = result.Errors == 0 ? "0" : $"{result.Errors} ({result.FirstError})";
        table.Add(withConflicts ? [.. cells, Format.Count(result.ConflictsPerSecond), errors] : [.. cells, errors]);
    }
}
