using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;
using Frontdesk.TestSupport.Realtime;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// Queue 2: a desk presses "call next" (HTTP, on the engine as its own process on PostgreSQL) while 100 lobby screens
/// follow the branch's queue topic over real WebSockets; each call is timed from the press to its arrival on each screen.
/// </summary>
internal sealed class QueueCallScenario : IScenario
{
    private const int Screens = 100;
    private const int WarmUpCalls = 20;
    private const int Calls = 300;
    private static readonly TimeSpan PushDeadline = TimeSpan.FromSeconds(10);

    public string Name => BenchArguments.QueueCall;

    public async Task RunAsync(BenchContext context)
    {
        var server = await context.PostgresAsync();
        await using var engine = await WebEngineProcess.StartAsync(await server.CreateDatabaseAsync("queue_call"));
        using var http = await BenchOwner.ClientAsync(engine.Address);
        var branch = $"/api/queue/branches/{QueueSilo.Branch}";
        BenchContext.Progress($"queue call: {WarmUpCalls + Calls} tickets, {Screens} screens");
        for (var i = 0; i < WarmUpCalls + Calls; i++) await PostAsync(http, $"{branch}/lines/reception/tickets", new { source = "kiosk", kioskId = "bench" }, Guid.NewGuid().ToString());
        var hub = await BenchOwner.HubAsync(engine.Address);
        var screens = await Task.WhenAll(Enumerable.Range(0, Screens).Select(_ => LiveClient.ConnectAsync(new Uri(engine.Address, "/hubs/live"), hub)));
        var topic = $"queue:{QueueSilo.Branch}:{QueueSilo.Today():yyyy-MM-dd}";
        await Task.WhenAll(screens.Select(s => s.SubscribeAsync(topic)));

        var latency = new LatencyHistogram();
        var answered = new LatencyHistogram();
        var slowest = 0L;
        for (var call = 0; call < WarmUpCalls + Calls; call++)
        {
            var pressed = Stopwatch.GetTimestamp();
            var ticket = (await PostAsync(http, $"{branch}/desks/desk-1/call-next", null, Guid.NewGuid().ToString())).GetProperty("ticket").GetProperty("id").GetString()!;
            if (call >= WarmUpCalls) answered.Record(Stopwatch.GetTimestamp() - pressed);
            var seen = await Task.WhenAll(screens.Select(s => s.WaitForAsync(c => c.ReceivedTimestamp > pressed && Announces(c, ticket), PushDeadline)));
            if (call >= WarmUpCalls)
                foreach (var change in seen)
                {
                    latency.Record(change.ReceivedTimestamp - pressed);
                    slowest = Math.Max(slowest, change.ReceivedTimestamp - pressed);
                }
            // Kept, every push's payload would pile up in this process and its collections would show in the figures.
            foreach (var screen in screens) screen.ClearChanges();
            await PostAsync(http, $"{branch}/desks/desk-1/serve", new { ticketId = ticket }, Guid.NewGuid().ToString());
        }
        foreach (var screen in screens) await screen.DisposeAsync();

        var p50 = latency.PercentileMilliseconds(0.50);
        var p99 = latency.PercentileMilliseconds(0.99);
        context.Record(Figures.QueueCallP99, p99);
        var table = new MarkdownTable("calls", "screens", "pushes timed", "p50 ms", "p99 ms", "max ms", "call-next answered p50 / p99 ms");
        table.Add(Format.Count(Calls), Format.Count(Screens), Format.Count(latency.Count), Format.Milliseconds(p50), Format.Milliseconds(p99),
            Format.Milliseconds(slowest * 1000.0 / Stopwatch.Frequency),
            $"{Format.Milliseconds(answered.PercentileMilliseconds(0.50))} / {Format.Milliseconds(answered.PercentileMilliseconds(0.99))}");
        BenchContext.Print("Queue 2. Call to lobby display, 100 screens (engine process, PostgreSQL)", table,
            $"Each call: POST …/desks/desk-1/call-next, timed from before the request to the arrival of the `changed` push naming the ticket at the desk " +
            $"on each of {Screens} `LiveClient`s (SignalR over real WebSockets, `queue:{{branch}}:{{date}}`), then the ticket is served and the next is called; " +
            $"{WarmUpCalls} calls first, not counted. The last column is the desk's own HTTP answer (the command committed), for comparison. The engine is `dotnet Web/bin/Release/net10.0/Frontdesk.Web.dll` on its own database of the run's PostgreSQL server.");
    }

    private static bool Announces(LiveChange change, string ticketId) =>
        change.Key == "line:reception" && change.Data.GetProperty("atDesks").EnumerateArray().Any(d => d.GetProperty("ticketId").GetString() == ticketId);

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, object? body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
