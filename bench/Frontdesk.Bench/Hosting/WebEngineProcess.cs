using System.Diagnostics;
using System.Net;

namespace Frontdesk.Bench.Hosting;

/// <summary>
/// The engine (Web) as its own process on a free loopback port, on a PostgreSQL database with the demo chain seeded:
/// what the queue scenarios measure against, over real HTTP and real WebSockets.
/// </summary>
internal sealed class WebEngineProcess : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly Process _process;

    private WebEngineProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public static async Task<WebEngineProcess> StartAsync(string postgres)
    {
        var root = WebBuild.RepositoryRoot();
        BenchContext.Progress("engine: dotnet build Web -c Release");
        await WebBuild.BuildAsync(root);
        var dll = WebBuild.Dll(root);
        var address = new Uri($"http://127.0.0.1:{WebBuild.FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", address.ToString().TrimEnd('/') }) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Frontdesk"] = postgres;
        start.Environment["Frontdesk__Demo__Seed"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the engine.");
        // Drained so a chatty log never blocks the engine on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var engine = new WebEngineProcess(process, address);
        await engine.WaitUntilSeededAsync();
        return engine;
    }

    private async Task WaitUntilSeededAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The engine exited with {_process.ExitCode} before it was ready.");
            try
            {
                using var lines = await http.GetAsync($"/api/queue/branches/{QueueSilo.Branch}/lines");
                if (lines.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"The engine was not ready with the demo chain within {Deadline.TotalSeconds} s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
