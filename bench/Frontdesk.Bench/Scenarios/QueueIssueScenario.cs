using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;
using Frontdesk.Grains.Demo;
using Frontdesk.Grains.Queue;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// Queue 1: one hot line flooded by 64 concurrent issuers on PostgreSQL, each call the whole issue path (catalog,
/// set-up, counter) with its own idempotency key; afterwards the line's tickets are read back and checked gap-free.
/// </summary>
internal sealed class QueueIssueScenario : IScenario
{
    private const int Callers = 64;

    public string Name => BenchArguments.QueueIssue;

    public async Task RunAsync(BenchContext context)
    {
        var arguments = context.Arguments;
        var server = await context.PostgresAsync();
        var database = await server.CreateDatabaseAsync("queue_issue");
        await using var silo = await QueueSilo.StartAsync(s => s.UsePostgreSql(database), arguments.Configure);
        var issuer = silo.Service<QueueIssuer>();
        var commitsBefore = silo.Statistics.Commits;
        var transactionsBefore = await PostgresCounters.WriteTransactionsAsync(database);
        BenchContext.Progress($"queue issue: {Callers} issuers on one line");
        var result = await new ClosedLoop(Callers, arguments.WarmUp, arguments.Measure).RunAsync("issue, one line, PostgreSQL", _ =>
            issuer.IssueAsync(QueueSilo.Branch, DemoQueues.Reception, new TicketRequest(Guid.NewGuid().ToString("N"), TicketSource.Kiosk, "bench")));
        var commits = silo.Statistics.Commits - commitsBefore;
        var transactions = await PostgresCounters.WriteTransactionsAsync(database) - transactionsBefore;

        var (checkedCount, gapFree) = await CheckGapFreeAsync(silo);
        context.Record(Figures.QueueIssue, result.PerSecond);
        context.Record(Figures.QueueIssueGapFree, gapFree ? 1 : 0);
        var table = LoadTable.Create();
        LoadTable.Add(table, result, "1");
        BenchContext.Print("Queue 1. Ticket issue, one hot line, 64 issuers (PostgreSQL)", table,
            $"{silo.DescribeBatching("postgresql")}; calls per counter commit {Format.Ratio((double)result.AllCalls / Math.Max(1, commits))}, " +
            $"write transactions {Format.Count(transactions)} for {Format.Count(commits)} commits (snapshots every {silo.Options.SnapshotEvery} versions included); " +
            $"append conflicts {silo.Statistics.AppendConflicts}. Read back: {Format.Count(checkedCount)} tickets, numbers 1..{Format.Count(checkedCount)} " +
            (gapFree ? "each exactly once." : "**NOT gap-free**."));
    }

    private static async Task<(int Count, bool GapFree)> CheckGapFreeAsync(InProcessSilo silo)
    {
        var today = QueueSilo.Today();
        var tickets = await silo.Grains.GetGrain<IQueueCounterGrain>(new QueueCounterKey(QueueSilo.Branch, DemoQueues.Reception, today).ToString()).GetTicketsAsync();
        var numbers = tickets.Select(t => t.Number).ToList();
        var expected = Enumerable.Range(1, numbers.Count).Select(n => $"A-{n:000}");
        return (numbers.Count, numbers.SequenceEqual(expected));
    }
}
