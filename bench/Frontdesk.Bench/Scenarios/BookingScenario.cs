using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;
using Frontdesk.Grains;
using Frontdesk.Grains.Bookings;
using Frontdesk.Silo.Hosting;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// Booking on the real specialist-day grains, in process (no HTTP): receptionists spread over a chain of 50 branches
/// × 20 specialists, and all of them on one specialist-day. A refusal (slot taken) is an answered request, counted
/// apart; the figure is successful bookings per second. The ceiling the HTTP figures are measured against.
/// </summary>
internal sealed class BookingScenario : IScenario
{
    private const int Branches = 50;
    private const int Specialists = 20;
    private const int Days = 7;

    public string Name => BenchArguments.Booking;

    public async Task RunAsync(BenchContext context)
    {
        var server = await context.PostgresAsync();
        var connectionString = await server.CreateDatabaseAsync("booking");
        await using var silo = await InProcessSilo.StartAsync(s => s.UsePostgreSql(connectionString), context.Arguments.Configure, grains: s => s.AddFrontdeskGrains(), services: s => s.AddFrontdeskDomain());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        BenchContext.Progress($"booking: writing a chain of {Branches} branches × {Specialists} specialists");
        await new SyntheticChain(Branches, Specialists).WriteAsync(silo.Grains, today);
        // Receptionists' screens keep the coming week's days active; the runs measure booking, not first reads.
        BenchContext.Progress($"booking: activating {Branches * Specialists * Days:N0} specialist-days");
        var keys = Enumerable.Range(0, Branches).SelectMany(b => Enumerable.Range(0, Specialists).SelectMany(s => Enumerable.Range(1, Days)
            .Select(d => new SpecialistDayKey(SyntheticChain.Branch(b), SyntheticChain.Specialist(b, s), today.AddDays(d)).ToString())));
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (key, _) => await silo.Grains.GetGrain<ISpecialistDayGrain>(key).GetAsync());

        var table = new MarkdownTable("case", "callers", "answered per s", "booked per s", "refused per s", "p50 ms", "p99 ms", "errors");
        foreach (var callers in context.Arguments.Callers)
        {
            BenchContext.Progress($"booking: spread, {callers} callers");
            var result = await new ClosedLoop(callers, context.Arguments.WarmUp, context.Arguments.Measure)
                .RunAsync("spread over the chain", caller => BookAsync(silo, caller, today, hot: false));
            Add(table, result);
            context.Record(Figures.Booking("spread", callers), result.PerSecond - result.ConflictsPerSecond);
        }
        BenchContext.Progress("booking: one hot specialist-day, 64 callers");
        var hot = await new ClosedLoop(64, context.Arguments.WarmUp, context.Arguments.Measure)
            .RunAsync("one specialist-day", caller => BookAsync(silo, caller, today, hot: true));
        Add(table, hot);
        context.Record(Figures.Booking("hot", 64), hot.PerSecond);
        BenchContext.Print("7. Booking on specialist-day grains, in process, PostgreSQL", table,
            $"Chain: {Branches} branches × {Specialists} specialists, 08:00–22:00 every day; each call books a 15-minute service at a random " +
            $"specialist, day (1–{Days} days ahead, all activated before the runs, as open calendars keep them) and 5-minute start; the hot case puts every call on one specialist-day (after it fills, " +
            $"every answer is a refusal naming the booking in the way). {silo.DescribeBatching("postgresql")}; append conflicts {silo.Statistics.AppendConflicts}.");
    }

    private static async Task BookAsync(InProcessSilo silo, Caller caller, DateOnly today, bool hot)
    {
        // Not the caller's seeded generator: each run would replay the last one's slots and only find them taken.
        var random = Random.Shared;
        var (branch, specialist, day) = hot ? (0, 0, 1) : (random.Next(Branches), random.Next(Specialists), 1 + random.Next(Days));
        var key = new SpecialistDayKey(SyntheticChain.Branch(branch), SyntheticChain.Specialist(branch, specialist), today.AddDays(day));
        var start = new TimeOnly(8, 0).AddMinutes(5 * random.Next(0, 162));
        try
        {
            await silo.Grains.GetGrain<ISpecialistDayGrain>(key.ToString())
                .BookAsync(new BookingRequest($"{caller.Index}-{caller.Cursor++}", new BookingClient("cl-bench", "Bench Client"), [SyntheticChain.Service15], start));
        }
        catch (CommandRejectedException)
        {
            caller.CountConflict();
        }
    }

    private static void Add(MarkdownTable table, LoadResult result) =>
        // A refusal straddling the window's edge can make the difference −1 when nothing was booked.
        table.Add(result.Case, result.Callers.ToString(), Format.Count(result.PerSecond), Format.Count(Math.Max(0, result.PerSecond - result.ConflictsPerSecond)),
            Format.Count(result.ConflictsPerSecond), Format.Milliseconds(result.P50Milliseconds), Format.Milliseconds(result.P99Milliseconds),
            result.Errors == 0 ? "0" : $"{result.Errors} ({result.FirstError})");
}
