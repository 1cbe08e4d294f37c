using Frontdesk.Bench.Scenarios;

namespace Frontdesk.Bench.Reporting;

/// <summary>The issue's goals, each judged on figures of this same run; a goal whose scenarios did not run is left out.</summary>
internal static class GoalReport
{
    private const double InMemoryTarget = 500_000;
    private const double HotKeyFactor = 5;
    private const double MemoryLimitMegabytes = 200;
    private const double StartupLimitSeconds = 3;
    private const double QueueIssueTarget = 3_000;
    private const double QueueCallLimitMilliseconds = 50;
    private const double KioskPressLimitMilliseconds = 300;

    public static void Print(BenchContext context)
    {
        var table = new MarkdownTable("goal", "target", "measured", "ratio", "met");
        var most = context.Arguments.Callers.Max();

        if (context.Figure(Figures.InMemorySpread) is { } spread)
            Add(table, "in-memory calls/s, 10,000 keys, 64 callers", "≥ 500,000/s", $"{Format.Count(spread)}/s", spread / InMemoryTarget, spread >= InMemoryTarget);

        if (context.Figure(Figures.HeadToHeadRatio) is { } pairedRatio)
        {
            var grain = context.Figure(Figures.HeadToHeadGrain)!.Value;
            var paired = context.Figure(Figures.HeadToHeadPlain)!.Value;
            Add(table, $"durable grain commands/s, spread keys, {most} callers, vs plain Npgsql INSERT at {most} (median of alternating pairs, 3b)",
                $"≥ plain ({Format.Count(paired)}/s)", $"{Format.Count(grain)}/s", pairedRatio, pairedRatio >= 1);
        }
        if (context.Figure(Figures.Durable("postgresql", most)) is { } durable && context.Figure(Figures.Plain(most)) is { } plain)
            Add(table, $"the same from the single windows of tables 2 and 3 (a minute apart)",
                $"≥ plain ({Format.Count(plain)}/s)", $"{Format.Count(durable)}/s", durable / plain, durable >= plain);

        if (context.Figure(Figures.GrainHotSuccesses) is { } grainHot && context.Figure(Figures.PlainHotSuccesses) is { } plainHot)
            Add(table, "hot key: one durable grain vs read-then-insert, 64 callers", $"≥ 5 × plain ({Format.Count(plainHot)}/s)",
                $"{Format.Count(grainHot)}/s", grainHot / plainHot, grainHot >= HotKeyFactor * plainHot, suffix: "×");

        if (context.Figure(Figures.MemoryWorkingSet) is { } workingSet && context.Figure(Figures.MemoryManaged) is { } managed)
        {
            var megabytes = workingSet / 1024 / 1024;
            Add(table, "memory, 10,000 active durable grains (server GC, working set; managed heap beside)", "< 200 MB",
                $"{megabytes:0.0} MB (managed {managed / 1024 / 1024:0.0} MB)", megabytes / MemoryLimitMegabytes, megabytes < MemoryLimitMegabytes);
        }

        if (context.Figure(Figures.StartupExisting) is { } startup)
            Add(table, "Web start to /health/ready on an existing SQLite database (slowest start)", "≤ 3 s",
                $"{startup:0.00} s", startup / StartupLimitSeconds, startup <= StartupLimitSeconds);

        if (context.Figure(Figures.QueueIssue) is { } issue && context.Figure(Figures.QueueIssueGapFree) is { } gapFree)
            Add(table, "queue: tickets issued/s, one hot line, 64 issuers, PostgreSQL, numbers gap-free", "≥ 3,000/s",
                $"{Format.Count(issue)}/s, {(gapFree > 0 ? "gap-free" : "NOT gap-free")}", issue / QueueIssueTarget, issue >= QueueIssueTarget && gapFree > 0);

        if (context.Figure(Figures.QueueCallP99) is { } call)
            Add(table, "queue: call to lobby display p99, 100 screens", "< 50 ms", $"{Format.Milliseconds(call)} ms", call / QueueCallLimitMilliseconds, call < QueueCallLimitMilliseconds);

        if (context.Figure(Figures.KioskPressP99) is { } press)
            Add(table, "queue: kiosk press to printed bytes p99, engine healthy", "< 300 ms", $"{Format.Milliseconds(press)} ms", press / KioskPressLimitMilliseconds, press < KioskPressLimitMilliseconds);

        if (table.Count > 0) BenchContext.Print("Goals (figures from this run)", table);
    }

    private static void Add(MarkdownTable table, string goal, string target, string measured, double ratio, bool met, string suffix = "") =>
        table.Add(goal, target, measured, Format.Ratio(ratio) + suffix, met ? "yes" : "**no**");
}
