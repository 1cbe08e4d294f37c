using Frontdesk.Bench.Grains;
using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;
using Frontdesk.Silo.Hosting;
using Frontdesk.Silo.Journal.Postgres;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// Opt-in experiment behind the report's finding on the PostgreSQL append: the same silo and workload as the
/// head-to-head (64 callers, spread keys), once with the runtime's append statement and once with a plain
/// INSERT … RETURNING (<see cref="SimplerAppendStorage"/>), in alternating windows. Neither side has the change
/// listener, so the statement is the only difference.
/// </summary>
internal sealed class AppendStatementScenario : IScenario
{
    private const int Pairs = 3;

    public string Name => BenchArguments.AppendSql;

    public async Task RunAsync(BenchContext context)
    {
        var arguments = context.Arguments;
        var callers = arguments.Callers.Max();
        var server = await context.PostgresAsync();
        await using var runtime = await StartAsync(context, await server.CreateDatabaseAsync("append_runtime"), useRuntimeAppend: true);
        await using var simpler = await StartAsync(context, await server.CreateDatabaseAsync("append_simpler"), useRuntimeAppend: false);

        var table = new MarkdownTable("pair", "runtime statement per s", "p50 / p99 ms", "INSERT … RETURNING per s", "p50 / p99 ms", "ratio");
        for (var pair = 1; pair <= Pairs; pair++)
        {
            LoadResult? a = null, b = null;
            foreach (var first in pair % 2 == 1 ? new[] { true, false } : [false, true])
            {
                BenchContext.Progress($"append statement, pair {pair}: {(first ? "runtime's" : "INSERT … RETURNING")}");
                var grains = (first ? runtime : simpler).Value.Grains;
                var result = await new ClosedLoop(callers, arguments.WarmUp, arguments.Measure)
                    .RunAsync(first ? "runtime" : "simpler", caller => grains[KeySpread.Next(caller, grains.Length).Key].AddAsync(1));
                if (first) a = result;
                else b = result;
            }
            table.Add(pair.ToString(), Format.Count(a!.PerSecond), $"{Format.Milliseconds(a.P50Milliseconds)} / {Format.Milliseconds(a.P99Milliseconds)}",
                Format.Count(b!.PerSecond), $"{Format.Milliseconds(b.P50Milliseconds)} / {Format.Milliseconds(b.P99Milliseconds)}",
                Format.Ratio(b.PerSecond / a.PerSecond) + (a.Errors + b.Errors > 0 ? $" (errors: {a.Errors} / {b.Errors})" : ""));
        }
        BenchContext.Print($"Experiment: the PostgreSQL append statement, {callers} callers, spread keys (no change listener on either side)", table,
            $"Grains: {runtime.Value.Silo.DescribeBatching("postgresql")}. Not the runtime: `bench/Frontdesk.Bench/Hosting/{nameof(SimplerAppendStorage)}.cs`.");
    }

    private static async Task<StartedSilo> StartAsync(BenchContext context, string connectionString, bool useRuntimeAppend)
    {
        var arguments = context.Arguments;
        var silo = await InProcessSilo.StartAsync(
            s => s.UseStorage(_ => new SimplerAppendStorage(
                new PostgresJournalStorage(JournalStorageFactory.CreateDataSource(connectionString), "bench"), useRuntimeAppend)),
            arguments.Configure);
        var grains = Enumerable.Range(0, arguments.Keys).Select(i => silo.Grains.GetGrain<IBenchJournalGrain>($"stream-{i}")).ToArray();
        BenchContext.Progress($"append statement: activating {grains.Length:N0} grains ({(useRuntimeAppend ? "runtime's" : "INSERT … RETURNING")})");
        await Parallel.ForEachAsync(grains, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (grain, _) => await grain.AddAsync(1));
        return new StartedSilo(silo, grains);
    }

    private sealed class StartedSilo(InProcessSilo silo, IBenchJournalGrain[] grains) : IAsyncDisposable
    {
        public (InProcessSilo Silo, IBenchJournalGrain[] Grains) Value => (silo, grains);

        public ValueTask DisposeAsync() => silo.DisposeAsync();
    }
}
