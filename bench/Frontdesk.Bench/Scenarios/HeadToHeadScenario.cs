using Frontdesk.Bench.Grains;
using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// The comparison goal 2 is judged on: durable grain commands and plain Npgsql INSERTs at the same number of
/// callers, on the same server, in alternating windows (grain first, then plain first, ...). Figures on this
/// two-core machine drift by tens of percent from one window to the next (autovacuum, checkpoints, the host);
/// pairs taken side by side and their median ratio are steadier than two windows a minute apart.
/// </summary>
internal sealed class HeadToHeadScenario : IScenario
{
    private const int Pairs = 3;

    public string Name => BenchArguments.HeadToHead;

    public async Task RunAsync(BenchContext context)
    {
        var arguments = context.Arguments;
        var callers = arguments.Callers.Max();
        var server = await context.PostgresAsync();
        var grainDatabase = await server.CreateDatabaseAsync("h2h_grains");
        var plainDatabase = await server.CreateDatabaseAsync("h2h_plain");
        await using var client = await PlainClient.CreateAsync(plainDatabase, "plain_journal");
        await using var silo = await InProcessSilo.StartAsync(s => s.UsePostgreSql(grainDatabase), arguments.Configure);
        var grains = Enumerable.Range(0, arguments.Keys).Select(i => silo.Grains.GetGrain<IBenchJournalGrain>($"stream-{i}")).ToArray();
        BenchContext.Progress($"head to head: activating {grains.Length:N0} grains");
        await Parallel.ForEachAsync(grains, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (grain, _) => await grain.AddAsync(1));

        var table = new MarkdownTable("pair", "order", "grain per s", "grain p50 / p99 ms", "plain per s", "plain p50 / p99 ms", "grain ÷ plain");
        var ratios = new List<double>();
        var grainRates = new List<double>();
        var plainRates = new List<double>();
        for (var pair = 1; pair <= Pairs; pair++)
        {
            var grainFirst = pair % 2 == 1;
            LoadResult? grain = null, plain = null;
            foreach (var runGrain in grainFirst ? new[] { true, false } : [false, true])
            {
                BenchContext.Progress($"head to head, pair {pair}: {(runGrain ? "durable grains" : "plain INSERT")}, {callers} callers");
                var loop = new ClosedLoop(callers, arguments.WarmUp, arguments.Measure);
                if (runGrain)
                    grain = await loop.RunAsync("grain", caller => grains[KeySpread.Next(caller, grains.Length).Key].AddAsync(1));
                else
                    plain = await loop.RunAsync("plain", caller =>
                    {
                        var (key, visit) = KeySpread.Next(caller, arguments.Keys);
                        return client.InsertAsync($"p{pair}-s{key}", visit + 1);
                    });
            }
            var ratio = grain!.PerSecond / plain!.PerSecond;
            ratios.Add(ratio);
            grainRates.Add(grain.PerSecond);
            plainRates.Add(plain.PerSecond);
            table.Add(pair.ToString(), grainFirst ? "grain, plain" : "plain, grain",
                Format.Count(grain.PerSecond), $"{Format.Milliseconds(grain.P50Milliseconds)} / {Format.Milliseconds(grain.P99Milliseconds)}",
                Format.Count(plain.PerSecond), $"{Format.Milliseconds(plain.P50Milliseconds)} / {Format.Milliseconds(plain.P99Milliseconds)}",
                Format.Ratio(ratio) + (grain.Errors + plain.Errors > 0 ? $" (errors: {grain.Errors} / {plain.Errors})" : ""));
        }
        context.Record(Figures.HeadToHeadRatio, Median(ratios));
        context.Record(Figures.HeadToHeadGrain, Median(grainRates));
        context.Record(Figures.HeadToHeadPlain, Median(plainRates));
        BenchContext.Print($"3b. Head to head at {callers} callers: durable grains vs plain INSERT, alternating windows (same server, same run)", table,
            $"Median ratio {Format.Ratio(Median(ratios))} (grain median {Format.Count(Median(grainRates))}/s, plain median {Format.Count(Median(plainRates))}/s). " +
            $"Same workloads as tables 2 and 3: spread keys, one event or one row per call; grains: {silo.DescribeBatching("postgresql")}.");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
