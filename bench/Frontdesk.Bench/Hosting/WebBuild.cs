using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Frontdesk.Bench.Hosting;

/// <summary>The Web app as an operator runs it: built in Release, started as its own process.</summary>
internal static class WebBuild
{
    public static string Dll(string root) => Path.Combine(root, "Web", "bin", "Release", "net10.0", "Frontdesk.Web.dll");

    public static async Task BuildAsync(string root)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "build", "Web", "-c", "Release", "-nologo", "-v", "q" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet build.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet build Web -c Release failed ({process.ExitCode}):\n{await stdout}{await stderr}");
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

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
