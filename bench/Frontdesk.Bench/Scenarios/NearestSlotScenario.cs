using System.Diagnostics;
using Frontdesk.Bench.Hosting;
using Frontdesk.Grains;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;
using Frontdesk.Grains.Availability;
using Frontdesk.Grains.Bookings;
using Frontdesk.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// The nearest free slots for a service across a city of 3 branches and across a chain of 50 (× 20 specialists), with
/// the days half booked so the answers are not simply the first grid starts. Timed one search at a time, after one
/// warm-up search per scope (which activates the days: that first search reads them from the journal).
/// </summary>
internal sealed class NearestSlotScenario : IScenario
{
    private const int Branches = 50;
    private const int Specialists = 20;
    private const int Searches = 2_000;

    public string Name => BenchArguments.Nearest;

    public async Task RunAsync(BenchContext context)
    {
        var server = await context.PostgresAsync();
        var connectionString = await server.CreateDatabaseAsync("nearest");
        await using var silo = await InProcessSilo.StartAsync(s => s.UsePostgreSql(connectionString), context.Arguments.Configure, grains: s => s.AddFrontdeskGrains(), services: s => s.AddFrontdeskDomain());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        BenchContext.Progress($"nearest: writing a chain of {Branches} branches × {Specialists} specialists and booking half of tomorrow");
        await new SyntheticChain(Branches, Specialists).WriteAsync(silo.Grains, today);
        await FillHalfAsync(silo, today.AddDays(1));
        var finder = silo.Services.GetRequiredService<AvailabilityFinder>();

        var table = new MarkdownTable("scope", "branches", "specialists asked", "searches", "first (cold) ms", "p50 ms", "p99 ms", "max ms");
        foreach (var (scope, branches, search) in new[]
        {
            ("one city", 3, new SlotSearch(SyntheticChain.Service60, City: SyntheticChain.City(0), From: today.AddDays(1), Limit: 10)),
            ("the whole chain", Branches, new SlotSearch(SyntheticChain.Service60, From: today.AddDays(1), Limit: 10)),
        })
        {
            BenchContext.Progress($"nearest: {scope}");
            var cold = Stopwatch.StartNew();
            await finder.FindNearestAsync(search);
            var first = cold.Elapsed.TotalMilliseconds;
            var latency = new LatencyHistogram();
            for (var i = 0; i < Searches; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var found = await finder.FindNearestAsync(search);
                latency.Record(Stopwatch.GetTimestamp() - start);
                if (found.Count == 0) throw new InvalidOperationException($"{scope}: no free slot found");
            }
            table.Add(scope, branches.ToString(), Format.Count(branches * Specialists), Format.Count(Searches), Format.Milliseconds(first),
                Format.Milliseconds(latency.PercentileMilliseconds(0.5)), Format.Milliseconds(latency.PercentileMilliseconds(0.99)),
                Format.Milliseconds(latency.PercentileMilliseconds(1.0)));
            context.Record(Figures.Nearest(branches, 0.99), latency.PercentileMilliseconds(0.99));
        }
        BenchContext.Print("8. Nearest free slot for a service (AvailabilityFinder, in process, PostgreSQL)", table,
            "Each search asks every specialist of the scope who works on a date for that day's free starts (the day grains' current " +
            "state), a date at a time, until 10 slots are found; tomorrow is half booked (every other hour) for every specialist.");
    }

    private static async Task FillHalfAsync(InProcessSilo silo, DateOnly date)
    {
        var days = Enumerable.Range(0, Branches).SelectMany(b => Enumerable.Range(0, Specialists).Select(s =>
            new SpecialistDayKey(SyntheticChain.Branch(b), SyntheticChain.Specialist(b, s), date)));
        await Parallel.ForEachAsync(days, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (key, _) =>
        {
            var day = silo.Grains.GetGrain<ISpecialistDayGrain>(key.ToString());
            for (var hour = 8; hour < 22; hour += 2)
                await day.BookAsync(new BookingRequest($"fill-{key}-{hour}", new BookingClient("cl-bench", "Bench"), [SyntheticChain.Service60], new TimeOnly(hour, 0)));
        });
    }
}
