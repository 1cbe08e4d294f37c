using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Frontdesk.Bench.Hosting;

namespace Frontdesk.Bench.Cluster;

/// <summary>
/// K calendar screens as the browser runs them: bench/screens/screens.mjs under Node with @microsoft/signalr, one
/// WebSocket connection each to the node serving its branch. It reports each booking number the first time a screen
/// shows it, with the wall-clock time, so a booking's request-to-screen time is that minus when its request was sent.
/// </summary>
internal sealed class ScreenFleet : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly Process _node;
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ScreenFleet(Process node)
    {
        _node = node;
        node.OutputDataReceived += (_, e) => Take(e.Data);
        node.ErrorDataReceived += (_, _) => { };
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
    }

    public ConcurrentDictionary<string, double> Seen { get; } = new();

    /// <param name="cookie">The signed-in session the screens connect with (a Cookie header).</param>
    public static async Task<ScreenFleet> StartAsync(IReadOnlyList<(Uri Hub, string Topic)> screens, string cookie)
    {
        var folder = Path.Combine(EngineProcess.RepositoryRoot(), "bench", "screens");
        if (!Directory.Exists(Path.Combine(folder, "node_modules"))) await RunAsync("npm", folder, "ci", "--no-audit", "--no-fund");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("screens.mjs");
        // Not on the command line, where other users of the machine could read it.
        start.Environment["FRONTDESK_COOKIE"] = cookie;
        start.ArgumentList.Add(JsonSerializer.Serialize(screens.Select(s => new { hub = s.Hub.ToString(), topic = s.Topic })));
        var fleet = new ScreenFleet(Process.Start(start) ?? throw new InvalidOperationException("Could not start node."));
        var ready = await fleet._ready.Task.WaitAsync(Deadline);
        if (ready != screens.Count.ToString(CultureInfo.InvariantCulture)) throw new InvalidOperationException($"Only {ready} of {screens.Count} screens connected.");
        return fleet;
    }

    /// <summary>Closes the screens; answers "pushes refetches errors" as the script counted them.</summary>
    public async Task<string> StopAsync()
    {
        _node.StandardInput.Close();
        return await _done.Task.WaitAsync(Deadline);
    }

    private void Take(string? line)
    {
        if (line is null) return;
        var parts = line.Split(' ', 2);
        switch (parts[0])
        {
            case "ready": _ready.TrySetResult(parts[1]); break;
            case "done": _done.TrySetResult(parts[1]); break;
            case "seen":
                var seen = parts[1].Split(' ');
                Seen.TryAdd(seen[0], double.Parse(seen[1], CultureInfo.InvariantCulture));
                break;
        }
    }

    private static async Task RunAsync(string file, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {await output}{await errors}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_node.HasExited) _node.Kill();
        await _node.WaitForExitAsync();
        _node.Dispose();
    }
}
