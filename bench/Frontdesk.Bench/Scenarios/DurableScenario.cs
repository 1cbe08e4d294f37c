using System.Diagnostics;
using Frontdesk.Bench.Grains;
using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;
using Frontdesk.Silo.Hosting;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// Scenario 2: durable commands on spread keys, each call one event, answered once it is in the journal;
/// on SQLite and on PostgreSQL (the shared durable server), at each caller count.
/// </summary>
internal sealed class DurableScenario : IScenario
{
    public string Name => BenchArguments.Durable;

    public async Task RunAsync(BenchContext context)
    {
        var table = LoadTable.Create();
        var notes = new List<string>();
        using (var folder = new TempDirectory("frontdesk-bench-sqlite"))
            notes.Add(await RunOnAsync(context, StorageSettings.Sqlite, s => s.UseSqlite(folder.File("journal.db")), null, table));
        var server = await context.PostgresAsync();
        var connectionString = await server.CreateDatabaseAsync("grains");
        notes.Add(await RunOnAsync(context, StorageSettings.PostgreSql, s => s.UsePostgreSql(connectionString), connectionString, table));
        BenchContext.Print("2. Durable commands, spread keys (JournaledGrain, one event per call)", table, [.. notes]);
    }

    private static async Task<string> RunOnAsync(
        BenchContext context, string storage, Action<SiloBuilder> use, string? postgres, MarkdownTable table)
    {
        var arguments = context.Arguments;
        await using var silo = await InProcessSilo.StartAsync(use, arguments.Configure);
        var grains = Enumerable.Range(0, arguments.Keys).Select(i => silo.Grains.GetGrain<IBenchJournalGrain>($"stream-{i}")).ToArray();

        // Every key is activated (journal read) and committed once before any timing: the runs measure commands, not loads.
        BenchContext.Progress($"durable on {storage}: activating {grains.Length:N0} grains");
        var activating = Stopwatch.StartNew();
        await Parallel.ForEachAsync(grains, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (grain, _) => await grain.AddAsync(1));
        var activation = $"{grains.Length:N0} activations + first commits in {Format.Seconds(activating.Elapsed)} s";

        var batching = new List<string>();
        foreach (var callers in arguments.Callers)
        {
            BenchContext.Progress($"durable on {storage}: {callers} callers");
            var commitsBefore = silo.Statistics.Commits;
            var transactionsBefore = postgres is null ? 0 : await PostgresCounters.WriteTransactionsAsync(postgres);
            var result = await new ClosedLoop(callers, arguments.WarmUp, arguments.Measure)
                .RunAsync(storage, caller => grains[KeySpread.Next(caller, grains.Length).Key].AddAsync(1));
            var commits = silo.Statistics.Commits - commitsBefore;
            if (postgres is not null)
            {
                var transactions = await PostgresCounters.WriteTransactionsAsync(postgres) - transactionsBefore;
                batching.Add($"{callers}: {Format.Ratio((double)commits / Math.Max(1, transactions))}");
            }
            context.Record(Figures.Durable(storage, callers), result.PerSecond);
            LoadTable.Add(table, result, Format.Count(grains.Length));
        }
        var note = $"{storage}: {silo.DescribeBatching(storage)}; {activation}; append conflicts {silo.Statistics.AppendConflicts}.";
        if (batching.Count > 0) note += $" Grain commits per PostgreSQL write transaction, by callers: {string.Join(", ", batching)}.";
        return note;
    }
}
