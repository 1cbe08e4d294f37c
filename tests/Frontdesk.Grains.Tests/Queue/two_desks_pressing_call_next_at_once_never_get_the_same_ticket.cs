using Frontdesk.Grains.Queue;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallQueues;

namespace Frontdesk.Grains.Tests.Queue;

public sealed class two_desks_pressing_call_next_at_once_never_get_the_same_ticket : QueueTest
{
    [Fact]
    public async Task a_hundred_rounds_give_two_different_tickets_each_the_two_best_left()
    {
        var random = new Random(20261123);
        string?[] classes = [null, null, null, "elderly", PriorityClass.Booked];
        var waiting = new List<QueueTicket>();
        for (var i = 0; i < 210; i++)
        {
            if (i % 7 == 0) Chain.Time.Advance(TimeSpan.FromSeconds(30));
            waiting.Add(await IssueAsync(random.Next(2) == 0 ? Reception : Cashier, classes[random.Next(classes.Length)]));
        }
        var expectedOrder = Ordered(waiting);

        var calledSoFar = new List<string>();
        for (var round = 0; round < 100; round++)
        {
            var both = await Task.WhenAll(Desk(Desk1).CallNextAsync(NewOperation()), Desk(Desk2).CallNextAsync(NewOperation()));

            Assert.All(both, Assert.NotNull);
            Assert.NotEqual(both[0]!.Id, both[1]!.Id);
            Assert.Equal([Desk1, Desk2], both.Select(t => t!.DeskId));
            calledSoFar.AddRange(both.Select(t => t!.Id));
            // Whoever won the race, the pair is the two tickets that were first in line.
            Assert.Equal(expectedOrder.Take(calledSoFar.Count).Order(), calledSoFar.Order());
            await Task.WhenAll(Desk(Desk1).ServeAsync(both[0]!.Id), Desk(Desk2).ServeAsync(both[1]!.Id));
        }

        Assert.Equal(200, calledSoFar.Distinct().Count());
        var views = await Task.WhenAll(Counter(Reception).GetViewAsync(), Counter(Cashier).GetViewAsync());
        Assert.Equal(200, views.Sum(v => v.Served));
        Assert.Equal(10, views.Sum(v => v.WaitingCount));
    }

    [Fact]
    public async Task three_desks_with_overlapping_lines_pressing_together_never_share_a_ticket()
    {
        await Setup.UpsertDeskAsync(new QueueDesk(Desk3, "3", [Lab, Reception]));
        await Task.WhenAll(Enumerable.Range(0, 150).Select(i => IssueAsync(i % 3 == 0 ? Cashier : i % 3 == 1 ? Reception : Lab)));

        var called = new List<QueueTicket>();
        for (var round = 0; round < 200; round++)
        {
            var got = (await Task.WhenAll(new[] { Desk1, Desk2, Desk3 }.Select(d => Desk(d).CallNextAsync(NewOperation())))).OfType<QueueTicket>().ToList();
            if (got.Count == 0) break;
            called.AddRange(got);
            await Task.WhenAll(got.Select(t => Desk(t.DeskId!).ServeAsync(t.Id)));
        }

        Assert.Equal(150, called.Count);
        Assert.Equal(150, called.Select(t => t.Id).Distinct().Count());
        Assert.All(called.Where(t => t.DeskId == Desk3), t => Assert.Contains(t.LineId, new[] { Lab, Reception }));
    }

    /// <summary>The order a desk serving both lines calls them in: higher rank, then the earlier time in the queue, then arrival.</summary>
    private static List<string> Ordered(IEnumerable<QueueTicket> tickets)
    {
        var heads = tickets.Select(t => new QueueHead(t.LineId, t.Id, t.PriorityRank, t.QueuedAt, t.Arrival)).ToList();
        heads.Sort((a, b) => a.GoesBefore(b) ? -1 : b.GoesBefore(a) ? 1 : 0);
        return [.. heads.Select(h => h.TicketId)];
    }
}
