using System.Diagnostics;
using System.Net;
using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Reporting;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// Scenario 6: from starting the Web app's process to <c>/health/ready</c> answering 200, on SQLite. The first
/// start creates the database; the later ones find it, which is the figure the goal is about.
/// </summary>
internal sealed class StartupScenario : IScenario
{
    private const int Starts = 4;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public string Name => BenchArguments.Startup;

    public async Task RunAsync(BenchContext context)
    {
        var root = WebBuild.RepositoryRoot();
        BenchContext.Progress("startup: dotnet build Web -c Release");
        await WebBuild.BuildAsync(root);
        var dll = WebBuild.Dll(root);
        using var data = new TempDirectory("frontdesk-bench-web");
        var table = new MarkdownTable("start", "database", "ready after s", "status");
        var existing = new List<double>();
        for (var i = 1; i <= Starts; i++)
        {
            var fresh = i == 1;
            BenchContext.Progress($"startup: start {i} of {Starts} ({(fresh ? "new" : "existing")} database)");
            var (elapsed, status) = await StartUntilReadyAsync(dll, data.Path);
            if (fresh) context.Record(Figures.StartupNew, elapsed.TotalSeconds);
            else existing.Add(elapsed.TotalSeconds);
            table.Add(i.ToString(), fresh ? "created by this start" : "existing", Format.Seconds(elapsed), status);
        }
        if (existing.Count > 0) context.Record(Figures.StartupExisting, existing.Max());
        BenchContext.Print("6. Start-up of the Web app to /health/ready = 200 (SQLite)", table,
            $"`dotnet {Path.GetRelativePath(root, dll)} --urls http://127.0.0.1:<free port>` with `Frontdesk__DataDirectory=<temp dir>`, " +
            "working directory the build output (so its appsettings.json applies, as in a deployment); " +
            $"timed from `Process.Start` to the first 200, polling every {Poll.TotalMilliseconds} ms; the process is killed afterwards.");
    }

    private static async Task<(TimeSpan Elapsed, string Status)> StartUntilReadyAsync(string dll, string dataDirectory)
    {
        var url = $"http://127.0.0.1:{WebBuild.FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", url }) start.ArgumentList.Add(arg);
        start.Environment["Frontdesk__DataDirectory"] = dataDirectory;
        start.Environment.Remove("ConnectionStrings__Frontdesk");
        start.Environment.Remove("Frontdesk__Storage");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Web app.");
        // Drained so a chatty log never blocks the app on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < Deadline)
            {
                if (process.HasExited) return (clock.Elapsed, $"exited with {process.ExitCode} before ready");
                try
                {
                    using var response = await http.GetAsync($"{url}/health/ready");
                    if (response.StatusCode == HttpStatusCode.OK) return (clock.Elapsed, "200");
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                await Task.Delay(Poll);
            }
            return (clock.Elapsed, $"not ready within {Deadline.TotalSeconds} s");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
