using Frontdesk.Bench.Grains;
using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;

namespace Frontdesk.Bench.Scenarios;

/// <summary>Scenario 1: calls to in-memory grains, no journal: the runtime's own cost per call.</summary>
internal sealed class InMemoryScenario : IScenario
{
    private const int Callers = 64;

    public string Name => BenchArguments.InMemory;

    public async Task RunAsync(BenchContext context)
    {
        var arguments = context.Arguments;
        using var folder = new TempDirectory("frontdesk-bench-mem");
        await using var silo = await InProcessSilo.StartAsync(s => s.UseSqlite(folder.File("unused.db")), arguments.Configure);
        // References are kept and reused, as a caller holding a grain reference would.
        var grains = Enumerable.Range(0, arguments.Keys).Select(i => silo.Grains.GetGrain<IBenchCounterGrain>($"counter-{i}")).ToArray();

        BenchContext.Progress($"in-memory: {Callers} callers over {arguments.Keys:N0} keys");
        var spread = await new ClosedLoop(Callers, arguments.WarmUp, arguments.Measure)
            .RunAsync("random key per call", caller => grains[caller.Random.Next(grains.Length)].AddAsync(1));
        BenchContext.Progress($"in-memory: {Callers} callers on one key");
        var hot = await new ClosedLoop(Callers, arguments.WarmUp, arguments.Measure)
            .RunAsync("one hot key", _ => grains[0].AddAsync(1));

        context.Record(Figures.InMemorySpread, spread.PerSecond);
        context.Record(Figures.InMemoryHot, hot.PerSecond);
        var table = LoadTable.Create();
        LoadTable.Add(table, spread, Format.Count(arguments.Keys));
        LoadTable.Add(table, hot, "1");
        BenchContext.Print("1. In-memory grain calls (no journal)", table,
            $"Grain `{nameof(BenchCounterGrain)}` (derives from `Grain`), `Task<long> AddAsync(int)`; references built once with `GetGrain` and reused; " +
            $"{silo.Host.ActivationCount:N0} activations at the end.");
    }
}
