using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Frontdesk.Bench.Hosting;

/// <summary>
/// The engine as it is deployed: the Release build of Web run with `dotnet Frontdesk.Web.dll`, on a free loopback
/// port, its working directory the build output (so its appsettings apply), killed when disposed.
/// </summary>
internal sealed class EngineProcess : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private readonly Process _process;

    private EngineProcess(Process process, Uri address, TimeSpan readyAfter, string status) =>
        (_process, Address, ReadyAfter, Status) = (process, address, readyAfter, status);

    public Uri Address { get; }
    public TimeSpan ReadyAfter { get; }

    /// <summary>"200" when /health/ready answered; otherwise why not.</summary>
    public string Status { get; }

    public bool Ready => Status == "200";

    public static string Dll => Path.Combine(RepositoryRoot(), "Web", "bin", "Release", "net10.0", "Frontdesk.Web.dll");

    public static async Task BuildAsync()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryRoot(), RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "build", "Web", "-c", "Release", "-nologo", "-v", "q" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet build.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet build Web -c Release failed ({process.ExitCode}):\n{await stdout}{await stderr}");
    }

    /// <param name="environment">Settings for the engine, e.g. Frontdesk__DataDirectory or ConnectionStrings__Frontdesk.</param>
    public static async Task<EngineProcess> StartAsync(IReadOnlyDictionary<string, string> environment, TimeSpan? deadline = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Dll, "--urls", address.ToString().TrimEnd('/') }) start.ArgumentList.Add(arg);
        start.Environment.Remove("ConnectionStrings__Frontdesk");
        start.Environment.Remove("Frontdesk__Storage");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in BenchOwner.Environment.Concat(environment)) start.Environment[key] = value;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Web app.");
        // Drained so a chatty log never blocks the app on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var limit = deadline ?? TimeSpan.FromSeconds(30);
        while (clock.Elapsed < limit)
        {
            if (process.HasExited) return new EngineProcess(process, address, clock.Elapsed, $"exited with {process.ExitCode} before ready");
            try
            {
                using var response = await http.GetAsync(new Uri(address, "/health/ready"));
                if (response.StatusCode == HttpStatusCode.OK) return new EngineProcess(process, address, clock.Elapsed, "200");
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, not answering yet.
            }
            await Task.Delay(Poll);
        }
        return new EngineProcess(process, address, clock.Elapsed, $"not ready within {limit.TotalSeconds} s");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Orleans.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Orleans.sln not found above the current folder or the program's: run the bench from the repository.");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
