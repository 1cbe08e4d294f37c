using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Frontdesk.Web.Tests.Infrastructure;

/// <summary>The engine as its own process, started the way an operator would: `dotnet Frontdesk.Web.dll` with environment settings.</summary>
public sealed class WebProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private WebProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_stdout) _stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }
    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <param name="port">A port of its own (a node restarted where its load balancer expects it), else a free one.</param>
    public static WebProcess Start(IReadOnlyDictionary<string, string> environment, int? port = null)
    {
        port ??= FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "Frontdesk.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ConnectionStrings__Frontdesk");
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return new WebProcess(Process.Start(start)!, port.Value);
    }

    /// <summary>SIGKILL, as a crash or the OOM killer would: no shutdown, no flushing, sockets cut by the kernel.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>The exit code, or null if it is still running after the deadline.</summary>
    public async Task<int?> ExitCodeWithinAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            _process.WaitForExit(); // flushes the redirected streams
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
