using System.Collections.Concurrent;
using Frontdesk.Grains.Queue;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Silo.Journal;
using Frontdesk.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Frontdesk.Grains.Tests.Infrastructure.SmallQueues;

namespace Frontdesk.Grains.Tests.Queue;

[Collection(PostgresCollection.Name)]
public sealed class numbers_survive_a_restart_and_two_nodes_sharing_postgresql(PostgresServer postgres, ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public async Task a_node_stopped_in_the_middle_of_issuing_is_followed_by_numbers_that_continue_and_never_repeat()
    {
        using var folder = new TempFolder();
        var file = folder.File("journal.db");
        var answered = new ConcurrentDictionary<string, QueueTicket>();
        var failed = new ConcurrentBag<string>();

        var first = await TestChain.StartOnSqliteAsync(file);
        await SmallChain.SeedAsync(first);
        await SeedAsync(first);
        var stopped = false;
        // Sixteen kiosks pressing one after another until the node is gone: some presses are in flight when it stops.
        var kiosks = Enumerable.Range(0, 16).Select(k => Task.Run(async () =>
        {
            for (var press = 0; !Volatile.Read(ref stopped); press++)
                if (!await TryIssueAsync(first, $"kiosk-{k}-{press}", answered, failed)) return;
        })).ToList();
        await Eventually.TrueAsync(() => answered.Count >= 300, "three hundred tickets issued before the stop");
        await first.DisposeAsync();
        Volatile.Write(ref stopped, true);
        await Task.WhenAll(kiosks);
        var beforeRestart = answered.Count;

        await using var second = await TestChain.StartOnSqliteAsync(file);
        // The kiosks whose presses got no answer try again with the same keys; new presses come too.
        var retried = failed.ToList();
        output.WriteLine($"{beforeRestart} presses answered before the stop, {retried.Count} left without an answer and retried");
        await Task.WhenAll(retried.Concat(Enumerable.Range(0, 100).Select(i => $"after-{i}")).Select(op => TryIssueAsync(second, op, answered, failed)));

        var stored = await QueueAudit.IssuesAsync(second.Services.GetRequiredService<IJournalStorage>(), CounterKey(Reception, Today));
        QueueAudit.AssertGapFree(stored, "A");
        Assert.Equal(beforeRestart + retried.Count + 100, answered.Count);
        Assert.Equal(answered.Count, stored.Count);
        var byOperation = stored.ToDictionary(s => s.OperationId);
        Assert.All(answered, a => Assert.Equal(byOperation[a.Key].Number, a.Value.Number));
        Assert.Equal(answered.Count, answered.Values.Select(t => t.Number).Distinct().Count());
    }

    [Fact]
    public async Task sixty_four_issuers_over_two_nodes_get_gap_free_unique_numbers()
    {
        var database = await postgres.CreateDatabaseAsync("queue_two_nodes");
        await using var first = await TestChain.StartOnPostgresAsync(database);
        await using var second = await TestChain.StartOnPostgresAsync(database);
        await SmallChain.SeedAsync(first);
        await SeedAsync(first);

        var tickets = await Task.WhenAll(Enumerable.Range(0, 64).Select(issuer => Task.Run(async () =>
        {
            var node = issuer % 2 == 0 ? first : second;
            var mine = new List<QueueTicket>();
            for (var i = 0; i < 20; i++)
                mine.Add((await node.Service<QueueIssuer>().IssueAsync(Branch, Reception, Kiosk(operationId: $"{issuer}-{i}"))).Ticket);
            return mine;
        })));

        var all = tickets.SelectMany(t => t).ToList();
        Assert.Equal(Enumerable.Range(1, 64 * 20).Select(n => $"A-{n:000}").Order(StringComparer.Ordinal), all.Select(t => t.Number).Order(StringComparer.Ordinal));
        var stored = await QueueAudit.IssuesAsync(first.Services.GetRequiredService<IJournalStorage>(), CounterKey(Reception, Today));
        QueueAudit.AssertGapFree(stored, "A");
        Assert.Equal(64 * 20, stored.Count);
        Assert.True(first.Statistics.AppendConflicts + second.Statistics.AppendConflicts > 0, "the two nodes should have raced on the counter");
    }

    private static async Task<bool> TryIssueAsync(TestChain node, string operation, ConcurrentDictionary<string, QueueTicket> answered, ConcurrentBag<string> failed)
    {
        try
        {
            answered[operation] = (await node.Service<QueueIssuer>().IssueAsync(Branch, Reception, Kiosk(operationId: operation))).Ticket;
            return true;
        }
        catch (Exception ex) when (ex is not CommandRejectedException)
        {
            // The node went away under it: the store may or may not hold its number; a retry with the key finds out.
            failed.Add(operation);
            return false;
        }
    }
}
