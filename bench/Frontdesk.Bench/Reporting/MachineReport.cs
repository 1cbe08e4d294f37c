using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Frontdesk.Bench.Reporting;

/// <summary>What the figures were measured on.</summary>
internal static class MachineReport
{
    public static async Task PrintAsync(BenchContext context, string commandLine)
    {
        var table = new MarkdownTable("what", "value")
            .Add("date (UTC)", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm"))
            .Add("command", $"`{commandLine}`")
            .Add("processors (nproc)", Environment.ProcessorCount.ToString())
            .Add("memory", $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024:0.0} GiB")
            .Add("OS", RuntimeInformation.OSDescription)
            .Add("source", await SourceRevisionAsync())
            .Add("dotnet --version (SDK)", await OutputOfAsync("dotnet", "--version"))
            .Add("runtime", $"{RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC")
            .Add("PostgreSQL", context.PostgresVersion ?? "not started (no PostgreSQL scenario ran)");
        BenchContext.Print("Machine", table);
    }

    /// <summary>The commit measured, and whether the runtime's files differed from it (others may be editing them).</summary>
    private static async Task<string> SourceRevisionAsync()
    {
        var commit = await OutputOfAsync("git", "rev-parse --short HEAD");
        var changed = await OutputOfAsync("git", "status --porcelain -- Silo");
        return changed.Length == 0 ? $"git {commit}" : $"git {commit}, Silo/ with uncommitted changes: {changed.ReplaceLineEndings(", ")}";
    }

    private static async Task<string> OutputOfAsync(string file, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return output.Trim();
        }
        catch (Exception ex)
        {
            return $"unknown ({ex.Message})";
        }
    }
}
