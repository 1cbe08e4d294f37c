using System.Diagnostics;
using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Http;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;
using Frontdesk.TestSupport.Realtime;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// From a receptionist's booking to every subscribed screen: the engine runs as its own process (Release, PostgreSQL,
/// the demo chain); 1, 100 and 1,000 screens subscribe to one branch's day over real WebSockets; bookings are made one
/// at a time over HTTP, and each screen's push is timed from the moment the booking request was sent. That bounds the
/// commit-to-screen latency from above: the commit happens inside the request.
/// </summary>
internal sealed class PushScenario : IScenario
{
    private const int Bookings = 100;
    private static readonly int[] ScreenCounts = [1, 100, 1_000];

    public string Name => BenchArguments.Push;

    private static async Task<long> DayVersionAsync(EngineApi api, FreeDay day) =>
        (await api.GetAsync($"/api/days/{day.BranchId}/{day.SpecialistId}/{day.Date:yyyy-MM-dd}")).GetProperty("version").GetInt64();

    public async Task RunAsync(BenchContext context)
    {
        BenchContext.Progress("push: dotnet build Web -c Release");
        await EngineProcess.BuildAsync();
        var server = await context.PostgresAsync();
        var database = await server.CreateDatabaseAsync("push");
        await using var engine = await EngineProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Frontdesk"] = database,
            ["Frontdesk__Demo__Seed"] = "true",
        });
        if (!engine.Ready) throw new InvalidOperationException($"The engine did not start: {engine.Status}");
        using var http = await BenchOwner.ClientAsync(engine.Address);
        var hub = await BenchOwner.HubAsync(engine.Address);
        var api = new EngineApi(http);
        var table = new MarkdownTable("screens", "bookings", "pushes timed", "request → push p50 ms", "p99 ms", "max ms", "request → HTTP answer p50 ms", "p99 ms");
        foreach (var screens in ScreenCounts)
        {
            var day = await FreeDay.FindAsync(api, "moscow-tverskaya", 1);
            BenchContext.Progress($"push: {screens} screens on {day.Topic}, {Bookings} bookings on {day.Key}");
            var clients = new List<ThinLiveClient>();
            try
            {
                foreach (var batch in Enumerable.Range(0, screens).Chunk(100))
                    clients.AddRange(await Task.WhenAll(batch.Select(_ => ThinLiveClient.ConnectAsync(new Uri(engine.Address, "/hubs/live"), hub))));
                await Task.WhenAll(clients.Select(c => c.SubscribeAsync(day.Topic)));
                var known = await DayVersionAsync(api, day);
                var push = new LatencyHistogram();
                var answer = new LatencyHistogram();
                for (var i = 0; i < Bookings; i++)
                {
                    // One slot is booked and cancelled again each round, so a hundred rounds fit one day and one topic.
                    var sent = Stopwatch.GetTimestamp();
                    var (status, body) = await api.PostAsync("/api/bookings", new
                    {
                        branchId = day.BranchId, specialistId = day.SpecialistId, date = day.Date, start = day.Starts[0],
                        serviceIds = new[] { day.ServiceId }, client = new { name = "Bench Client", phone = "+79000000099" },
                    });
                    answer.Record(Stopwatch.GetTimestamp() - sent);
                    if (status != 201) throw new InvalidOperationException($"Booking {i} answered {status}: {body}");
                    // The booking is one commit: the day's next version.
                    var arrived = await Task.WhenAll(clients.Select(c => c.WaitForVersionAsync(known + 1)));
                    foreach (var at in arrived) push.Record(at - sent);
                    var number = body.GetProperty("number").GetString()!;
                    var (cancelled, why) = await api.PostAsync($"/api/bookings/{number}/cancel", new { reason = "bench" });
                    if (cancelled != 200) throw new InvalidOperationException($"Cancelling {number} answered {cancelled}: {why}");
                    known = await DayVersionAsync(api, day);
                    await Task.WhenAll(clients.Select(c => c.WaitForVersionAsync(known)));
                    foreach (var client in clients) client.Forget();
                    if (i % 25 == 24) BenchContext.Progress($"push: {screens} screens, {i + 1} rounds");
                }
                table.Add(Format.Count(screens), Format.Count(Bookings), Format.Count(push.Count), Format.Milliseconds(push.PercentileMilliseconds(0.5)),
                    Format.Milliseconds(push.PercentileMilliseconds(0.99)), Format.Milliseconds(push.PercentileMilliseconds(1.0)),
                    Format.Milliseconds(answer.PercentileMilliseconds(0.5)), Format.Milliseconds(answer.PercentileMilliseconds(0.99)));
                context.Record(Figures.Push(screens), push.PercentileMilliseconds(0.99));
            }
            finally
            {
                await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
            }
        }
        BenchContext.Print("9. From a booking to every screen (HTTP request → SignalR push, engine process on PostgreSQL)", table,
            $"`dotnet {Path.GetRelativePath(EngineProcess.RepositoryRoot(), EngineProcess.Dll)}` on the shared PostgreSQL server with the demo chain; " +
            "the screens are thin clients speaking the SignalR JSON hub protocol over real WebSockets in the bench process " +
            "(tests/Frontdesk.TestSupport/Realtime/ThinLiveClient.cs: they timestamp each push and read its version, without parsing the payload " +
            "a browser would draw); " +
            "each round books a slot, waits until every screen shows it, cancels it and waits again, so pushes are not folded together; " +
            "only the booking's push is timed.");
    }
}
