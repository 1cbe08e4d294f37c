using System.Net;
using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Http;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// Booking over HTTP, as receptionists do: the engine as its own process on PostgreSQL, a chain of 50 branches × 20
/// specialists written through the API, and N receptionists each booking a 15-minute visit at a random specialist, day
/// (1–7 ahead, their calendars open) and 5-minute start, with an Idempotency-Key per booking; then all 64 on one
/// specialist-day. A 409 (slot taken) is an answered request, counted apart from the bookings made.
/// </summary>
internal sealed class HttpBookingScenario : IScenario
{
    private const int Branches = 50;
    private const int Specialists = 20;
    private const int Days = 7;

    public string Name => BenchArguments.HttpBooking;

    public async Task RunAsync(BenchContext context)
    {
        BenchContext.Progress("http-booking: dotnet build Web -c Release");
        await EngineProcess.BuildAsync();
        var server = await context.PostgresAsync();
        var database = await server.CreateDatabaseAsync("http_booking");
        await using var engine = await EngineProcess.StartAsync(new Dictionary<string, string> { ["ConnectionStrings__Frontdesk"] = database });
        if (!engine.Ready) throw new InvalidOperationException($"The engine did not start: {engine.Status}");
        using var http = await BenchOwner.ClientAsync(engine.Address, maxConnections: 256);
        var api = new EngineApi(http);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        BenchContext.Progress($"http-booking: writing {Branches} branches × {Specialists} specialists through the API");
        var client = await SyntheticChainOverHttp.WriteAsync(api, Branches, Specialists, today);
        BenchContext.Progress("http-booking: opening every branch's calendar for the coming week");
        await Parallel.ForEachAsync(Enumerable.Range(0, Branches).SelectMany(b => Enumerable.Range(1, Days).Select(d => (b, d))),
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (bd, _) => await api.GetAsync($"/api/branches/{SyntheticChainOverHttp.Branch(bd.b)}/calendar/{today.AddDays(bd.d):yyyy-MM-dd}"));

        var table = new MarkdownTable("case", "receptionists", "answered per s", "booked per s", "refused per s", "p50 ms", "p99 ms", "errors");
        foreach (var callers in context.Arguments.Callers)
        {
            BenchContext.Progress($"http-booking: spread, {callers} receptionists");
            var result = await new ClosedLoop(callers, context.Arguments.WarmUp, context.Arguments.Measure)
                .RunAsync("spread over the chain", caller => BookAsync(api, caller, client, today, hot: false));
            Add(table, result);
            context.Record(Figures.HttpBooking("spread", callers), result.PerSecond - result.ConflictsPerSecond);
            context.Record(Figures.HttpBookingP99("spread", callers), result.P99Milliseconds);
        }
        BenchContext.Progress("http-booking: one hot specialist-day, 64 receptionists");
        var hot = await new ClosedLoop(64, context.Arguments.WarmUp, context.Arguments.Measure)
            .RunAsync("one specialist-day", caller => BookAsync(api, caller, client, today, hot: true));
        Add(table, hot);
        context.Record(Figures.HttpBooking("hot", 64), hot.PerSecond);
        context.Record(Figures.HttpBookingP99("hot", 64), hot.P99Milliseconds);
        BenchContext.Print("10. Booking over HTTP (engine process on PostgreSQL, load generator on the same machine)", table,
            $"`POST /api/bookings` with a new Idempotency-Key each, one HttpClient with up to 256 connections; chain and calendars as in the summary " +
            "above; the hot case puts every request on one specialist-day (once it is full every answer is a 409 naming the booking in the way). " +
            "The load generator and PostgreSQL share the machine's two cores with the engine.");
    }

    private static async Task BookAsync(EngineApi api, Caller caller, string client, DateOnly today, bool hot)
    {
        // Not the caller's seeded generator: each run would replay the last one's slots and only find them taken.
        var random = Random.Shared;
        var (branch, specialist, day) = hot ? (0, 0, 1) : (random.Next(Branches), random.Next(Specialists), 1 + random.Next(Days));
        var start = new TimeOnly(8, 0).AddMinutes(5 * random.Next(0, 165));
        var (status, body) = await api.PostAsync("/api/bookings", new
        {
            branchId = SyntheticChainOverHttp.Branch(branch), specialistId = SyntheticChainOverHttp.Specialist(branch, specialist),
            date = today.AddDays(day).ToString("yyyy-MM-dd"), start = start.ToString("HH:mm"), serviceIds = new[] { SyntheticChainOverHttp.Service15 },
            client = new { id = client },
        });
        if (status == (int)HttpStatusCode.Conflict) caller.CountConflict();
        else if (status != (int)HttpStatusCode.Created) throw new InvalidOperationException($"POST /api/bookings answered {status}: {body}");
    }

    private static void Add(MarkdownTable table, LoadResult result) =>
        table.Add(result.Case, result.Callers.ToString(), Format.Count(result.PerSecond), Format.Count(result.PerSecond - result.ConflictsPerSecond),
            Format.Count(result.ConflictsPerSecond), Format.Milliseconds(result.P50Milliseconds), Format.Milliseconds(result.P99Milliseconds),
            result.Errors == 0 ? "0" : $"{result.Errors} ({result.FirstError})");
}
