using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using Frontdesk.Bench.Grains;
using Frontdesk.Bench.Hosting;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// The child side of scenario 5, in a process of its own so that nothing the other scenarios allocated
/// (pools, heaps grown under load) is counted: a silo on SQLite, then many specialist days, each booked
/// several times, all kept active; then a full GC and the process's memory.
/// </summary>
internal static class MemoryProbe
{
    public const string Flag = "--memory-probe";
    public const string Marker = "MEMORY-PROBE ";

    private static readonly string[] Services = ["consultation", "haircut", "manicure", "massage 60", "cleaning", "follow-up"];

    public static async Task<int> RunAsync(string[] args)
    {
        var grains = int.Parse(args[0]);
        var bookings = int.Parse(args[1]);
        using var folder = new TempDirectory("frontdesk-bench-memory");
        await using var silo = await InProcessSilo.StartAsync(s => s.UseSqlite(folder.File("journal.db")), _ => { });
        var (managedBefore, workingSetBefore, privateBefore) = Measure();

        long booked = 0;
        var started = Stopwatch.StartNew();
        var day = new DateTime(2026, 11, 20, 6, 0, 0, DateTimeKind.Utc);
        await Parallel.ForEachAsync(Enumerable.Range(0, grains), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, _) =>
        {
            var grain = silo.Grains.GetGrain<IBenchDayGrain>($"branch-{i % 40}/specialist-{i}/2026-11-20");
            for (var j = 0; j < bookings; j++)
            {
                await grain.BookAsync($"Client {i * bookings + j}", Services[(i + j) % Services.Length], day.AddMinutes(45 * j), 40);
                Interlocked.Increment(ref booked);
            }
        });
        var seconds = started.Elapsed.TotalSeconds;

        var (managedAfter, workingSetAfter, privateAfter) = Measure();
        var figures = new MemoryFigures(GCSettings.IsServerGC, grains, silo.Host.ActivationCount, booked, silo.Statistics.Commits,
            seconds, managedBefore, workingSetBefore, privateBefore, managedAfter, workingSetAfter, privateAfter,
            GC.GetGCMemoryInfo(GCKind.FullBlocking).TotalCommittedBytes, Process.GetCurrentProcess().Threads.Count);
        Console.Out.WriteLine(Marker + JsonSerializer.Serialize(figures));
        return figures.Activations == grains ? 0 : 1;
    }

    private static (long Managed, long WorkingSet, long Private) Measure()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return (managed, Environment.WorkingSet, process.PrivateMemorySize64);
    }
}
