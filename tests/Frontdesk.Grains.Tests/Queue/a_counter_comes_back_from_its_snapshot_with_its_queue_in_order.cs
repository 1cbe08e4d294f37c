using Frontdesk.Grains.Queue;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Silo.Journal;
using Frontdesk.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Frontdesk.Grains.Tests.Infrastructure.SmallQueues;

namespace Frontdesk.Grains.Tests.Queue;

public sealed class a_counter_comes_back_from_its_snapshot_with_its_queue_in_order : QueueTest
{
    [Fact]
    public async Task the_waiting_order_the_desks_and_the_keys_are_rebuilt_from_the_snapshot()
    {
        for (var i = 0; i < 230; i++) await IssueAsync(Reception, i % 10 == 0 ? "elderly" : null, $"press-{i}");
        var atDesk = (await Desk(Desk1).CallNextAsync("call-1"))!;
        var before = await Counter(Reception).GetViewAsync();
        var journal = Chain.Services.GetRequiredService<IJournalStorage>();
        // Snapshots at 100 and 200 versions (doubling): the second is the one read back.
        await Eventually.TrueAsync(async () => (await journal.ReadSnapshotAsync("queue-counter", CounterKey(Reception, Today), CancellationToken.None))?.Version == 200,
            "the snapshot at version 200");
        Chain.Host.CollectIdleActivations(TimeSpan.Zero);

        var after = await Counter(Reception).GetViewAsync();
        var repeat = await IssueAsync(Reception, operationId: "press-7");
        var next = (await Desk(Desk2).CallNextAsync("call-2"))!;

        Assert.Equivalent(before, after, strict: true);
        Assert.Equal("A-008", repeat.Number);
        Assert.Equal(atDesk, await Desk(Desk1).GetCurrentAsync());
        Assert.Equal(before.Waiting[0].Id, next.Id);
        Assert.Equal("A-011", next.Number);
    }
}
