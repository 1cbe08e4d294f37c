using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Frontdesk.Bench.Grains;
using Frontdesk.Bench.Reporting;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// Scenario 5: memory of many active durable grains. Measured in a child process of this program, once with
/// server GC (what the Web host runs) and once with workstation GC, each after a forced full collection.
/// </summary>
internal sealed class MemoryScenario : IScenario
{
    private const int Grains = 10_000;
    private const int Bookings = 10;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public string Name => BenchArguments.Memory;

    public async Task RunAsync(BenchContext context)
    {
        var table = new MarkdownTable("GC", "active grains", "events (commits)", "managed MB before → after", "working set MB before → after",
            "private MB before → after", "GC committed MB", "threads", "managed KB per grain");
        var notes = new List<string>();
        foreach (var serverGc in new[] { true, false })
        {
            BenchContext.Progress($"memory: {Grains:N0} specialist days x {Bookings} bookings, {(serverGc ? "server" : "workstation")} GC, in a child process");
            var f = await RunProbeAsync(serverGc);
            if (serverGc)
            {
                context.Record(Figures.MemoryWorkingSet, f.WorkingSetAfter);
                context.Record(Figures.MemoryManaged, f.ManagedAfter);
                context.Record(Figures.MemoryPrivate, f.PrivateAfter);
            }
            table.Add(serverGc ? "server (as Web)" : "workstation", Format.Count(f.Activations), $"{Format.Count(f.Events)} ({Format.Count(f.Commits)})",
                $"{Format.Megabytes(f.ManagedBefore)} → {Format.Megabytes(f.ManagedAfter)}",
                $"{Format.Megabytes(f.WorkingSetBefore)} → {Format.Megabytes(f.WorkingSetAfter)}",
                $"{Format.Megabytes(f.PrivateBefore)} → {Format.Megabytes(f.PrivateAfter)}",
                Format.Megabytes(f.GcCommittedAfter),
                f.Threads.ToString(),
                Format.Ratio((f.ManagedAfter - f.ManagedBefore) / 1024.0 / f.Grains));
            notes.Add($"{(serverGc ? "server" : "workstation")} GC: the {Format.Count(f.Events)} bookings took {Format.Seconds(TimeSpan.FromSeconds(f.Seconds))} s on SQLite.");
        }
        BenchContext.Print($"5. Memory: {Grains:N0} active specialist-day grains, {Bookings} bookings each", table,
            [$"Each grain's state: opening hours and a list of `{nameof(BenchBooking)}` records (id, client, service, start, minutes, status); " +
             "\"before\" is the started silo with no grain, \"after\" is with every grain still active; both after `GC.Collect(2, Forced, blocking, compacting)`. " +
             "Working set is `Environment.WorkingSet` (RSS), private is `Process.PrivateMemorySize64`.", .. notes]);
    }

    private static async Task<MemoryFigures> RunProbeAsync(bool serverGc)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Under 'dotnet run' or 'dotnet Frontdesk.Bench.dll' the process is the dotnet host: name the program to it.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var arg in new[] { MemoryProbe.Flag, Grains.ToString(), Bookings.ToString() }) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_gcServer"] = serverGc ? "1" : "0";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the memory probe.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(Limit);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The memory probe did not finish within {Limit.TotalMinutes} minutes.");
        }
        var line = (await stdout).Split('\n').FirstOrDefault(l => l.StartsWith(MemoryProbe.Marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The memory probe exited with {process.ExitCode} and no figures: {await stderr}");
        return JsonSerializer.Deserialize<MemoryFigures>(line[MemoryProbe.Marker.Length..])!;
    }
}
