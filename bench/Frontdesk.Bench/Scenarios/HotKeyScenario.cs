using Frontdesk.Bench.Grains;
using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// Scenario 4: everyone on one stream, on the shared PostgreSQL server. (a) the read-version-then-insert
/// pattern, whose losers retry; (b) one durable grain, whose mailbox turns the crowd into batched appends.
/// </summary>
internal sealed class HotKeyScenario : IScenario
{
    private const int Callers = 64;

    public string Name => BenchArguments.HotKey;

    public async Task RunAsync(BenchContext context)
    {
        var arguments = context.Arguments;
        var server = await context.PostgresAsync();
        var table = LoadTable.Create(withConflicts: true);

        var plainDatabase = await server.CreateDatabaseAsync("hot_plain");
        await using (var client = await PlainClient.CreateAsync(plainDatabase, "hot_journal"))
        {
            BenchContext.Progress($"hot key, plain read-then-insert: {Callers} writers on one stream");
            var plain = await new ClosedLoop(Callers, arguments.WarmUp, arguments.Measure).RunAsync("(a) plain: read max(version), insert +1", async caller =>
            {
                var lost = await client.AppendNextAsync("hot");
                for (var i = 0; i < lost; i++) caller.CountConflict();
            });
            context.Record(Figures.PlainHotSuccesses, plain.PerSecond);
            LoadTable.Add(table, plain, "1", withConflicts: true);
        }

        var grainDatabase = await server.CreateDatabaseAsync("hot_grain");
        await using var silo = await InProcessSilo.StartAsync(s => s.UsePostgreSql(grainDatabase), arguments.Configure);
        var grain = silo.Grains.GetGrain<IBenchJournalGrain>("hot");
        BenchContext.Progress($"hot key, one durable grain: {Callers} callers");
        var commitsBefore = silo.Statistics.Commits;
        var transactionsBefore = await PostgresCounters.WriteTransactionsAsync(grainDatabase);
        var hot = await new ClosedLoop(Callers, arguments.WarmUp, arguments.Measure).RunAsync("(b) one durable grain", _ => grain.AddAsync(1));
        var commits = silo.Statistics.Commits - commitsBefore;
        var transactions = await PostgresCounters.WriteTransactionsAsync(grainDatabase) - transactionsBefore;
        context.Record(Figures.GrainHotSuccesses, hot.PerSecond);
        LoadTable.Add(table, hot, "1", withConflicts: true);

        BenchContext.Print("4. Hot key: 64 writers on one stream (same server, same run)", table,
            "(a) latency is from the first read to the successful insert, retries included; conflicts are unique violations, each retried. " +
            $"(b) {silo.DescribeBatching("postgresql")}; calls per grain commit {Format.Ratio((double)hot.AllCalls / Math.Max(1, commits))}, " +
            $"write transactions {Format.Count(transactions)} for {Format.Count(commits)} grain commits (snapshots every {silo.Options.SnapshotEvery} versions included); " +
            $"append conflicts {silo.Statistics.AppendConflicts}.");
    }
}
