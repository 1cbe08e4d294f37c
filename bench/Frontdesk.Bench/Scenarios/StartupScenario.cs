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

    public string Name => BenchArguments.Startup;

    public async Task RunAsync(BenchContext context)
    {
        BenchContext.Progress("startup: dotnet build Web -c Release");
        await EngineProcess.BuildAsync();
        using var data = new TempDirectory("frontdesk-bench-web");
        var table = new MarkdownTable("start", "database", "ready after s", "status");
        var existing = new List<double>();
        for (var i = 1; i <= Starts; i++)
        {
            var fresh = i == 1;
            BenchContext.Progress($"startup: start {i} of {Starts} ({(fresh ? "new" : "existing")} database)");
            await using var engine = await EngineProcess.StartAsync(new Dictionary<string, string> { ["Frontdesk__DataDirectory"] = data.Path });
            if (fresh) context.Record(Figures.StartupNew, engine.ReadyAfter.TotalSeconds);
            else existing.Add(engine.ReadyAfter.TotalSeconds);
            table.Add(i.ToString(), fresh ? "created by this start" : "existing", Format.Seconds(engine.ReadyAfter), engine.Status);
        }
        if (existing.Count > 0) context.Record(Figures.StartupExisting, existing.Max());
        BenchContext.Print("6. Start-up of the Web app to /health/ready = 200 (SQLite)", table,
            $"`dotnet {Path.GetRelativePath(EngineProcess.RepositoryRoot(), EngineProcess.Dll)} --urls http://127.0.0.1:<free port>` with " +
            "`Frontdesk__DataDirectory=<temp dir>`, working directory the build output (so its appsettings.json applies, as in a deployment); " +
            "timed from `Process.Start` to the first 200, polling every 20 ms; the process is killed afterwards. The first start also seeds the demo chain.");
    }
}
