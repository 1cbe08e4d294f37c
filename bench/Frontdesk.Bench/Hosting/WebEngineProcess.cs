using System.Diagnostics;
using System.Net;

namespace Frontdesk.Bench.Hosting;

/// <summary>
/// The engine (Web) as its own process on a PostgreSQL database with the demo chain seeded, ready once its queue lines
/// answer: what the queue scenarios measure against, over real HTTP and real WebSockets.
/// </summary>
internal sealed class WebEngineProcess : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly EngineProcess _engine;

    private WebEngineProcess(EngineProcess engine) => _engine = engine;

    public Uri Address => _engine.Address;

    public static async Task<WebEngineProcess> StartAsync(string postgres)
    {
        BenchContext.Progress("engine: dotnet build Web -c Release");
        await EngineProcess.BuildAsync();
        var engine = await EngineProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Frontdesk"] = postgres,
            ["Frontdesk__Demo__Seed"] = "true",
        }, Deadline);
        if (!engine.Ready)
        {
            await engine.DisposeAsync();
            throw new InvalidOperationException($"The engine did not start: {engine.Status}");
        }
        var started = new WebEngineProcess(engine);
        await started.WaitUntilSeededAsync();
        return started;
    }

    private async Task WaitUntilSeededAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        // The demo's display device is made last in the seeding: once it can read the lines, the demo is all there.
        http.DefaultRequestHeaders.Authorization = new("Bearer", Frontdesk.TestSupport.Security.SignIn.DemoDeviceToken("display", QueueSilo.Branch));
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Deadline)
        {
            using var lines = await http.GetAsync($"/api/queue/branches/{QueueSilo.Branch}/lines");
            if (lines.StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"The engine was not ready with the demo chain within {Deadline.TotalSeconds} s.");
    }

    public ValueTask DisposeAsync() => _engine.DisposeAsync();
}
