using Frontdesk.Grains.Queue;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallQueues;

namespace Frontdesk.Grains.Tests.Queue;

public sealed class a_ticket_becomes_a_no_show_only_after_the_recalls_the_branch_asks_for : QueueTest
{
    [Fact]
    public async Task two_recalls_by_default_each_announcing_it_again()
    {
        var issued = await IssueAsync(Reception);
        var called = (await Desk(Desk1).CallNextAsync(NewOperation()))!;

        var tooSoon = await Assert.ThrowsAsync<CommandRejectedException>(() => Desk(Desk1).SkipAsync(called.Id));
        Chain.Time.Advance(TimeSpan.FromMinutes(1));
        var recalled = await Desk(Desk1).RecallAsync(called.Id);
        await Desk(Desk1).RecallAsync(called.Id);
        var noShow = await Desk(Desk1).SkipAsync(called.Id);
        var repeat = await Desk(Desk1).SkipAsync(called.Id);

        Assert.Equal(issued.Id, called.Id);
        Assert.Equal(("too-few-recalls", 0, 2), (tooSoon.Code, tooSoon.Details["recalls"], tooSoon.Details["recallsNeeded"]));
        Assert.Equal((1, called.CalledAt!.Value.AddMinutes(1)), (recalled.Recalls, recalled.CalledAt!.Value));
        Assert.Equal((TicketStatus.NoShow, 2), (noShow.Status, noShow.Recalls));
        Assert.Equal(noShow, repeat);
        var view = await Counter(Reception).GetViewAsync();
        Assert.Equal((1, 0), (view.NoShows, view.AtDesks.Count));
        Assert.Equal(called.Id, view.RecentCalls[0].TicketId);
        Assert.Null(await Desk(Desk1).GetCurrentAsync());
    }

    [Fact]
    public async Task with_no_recalls_asked_a_called_ticket_may_be_skipped_at_once_and_then_not_served()
    {
        await Setup.SetRecallsBeforeNoShowAsync(0);
        await IssueAsync(Reception);
        var called = (await Desk(Desk1).CallNextAsync(NewOperation()))!;

        await Desk(Desk1).SkipAsync(called.Id);
        var serve = await Assert.ThrowsAsync<CommandRejectedException>(() => Desk(Desk1).ServeAsync(called.Id));
        var tooMany = await Assert.ThrowsAsync<CommandRejectedException>(() => Setup.SetRecallsBeforeNoShowAsync(11));

        Assert.Equal(("not-at-desk", "NoShow"), (serve.Code, serve.Details["status"]));
        Assert.Equal(RejectionKind.Invalid, tooMany.Kind);
    }

    [Fact]
    public async Task another_desk_cannot_act_on_a_ticket_it_did_not_call()
    {
        await IssueAsync(Reception);
        var called = (await Desk(Desk1).CallNextAsync(NewOperation()))!;

        var recall = await Assert.ThrowsAsync<CommandRejectedException>(() => Desk(Desk2).RecallAsync(called.Id));
        var serve = await Assert.ThrowsAsync<CommandRejectedException>(() => Desk(Desk2).ServeAsync(called.Id));
        var unknown = await Assert.ThrowsAsync<CommandRejectedException>(() => Desk(Desk2).ServeAsync("not-a-ticket"));

        Assert.Equal(("not-at-desk", Desk1), (recall.Code, recall.Details["deskId"]));
        Assert.Equal("not-at-desk", serve.Code);
        Assert.Equal(("unknown-ticket", RejectionKind.NotFound), (unknown.Code, unknown.Kind));
        Assert.Equal(TicketStatus.Served, (await Desk(Desk1).ServeAsync(called.Id)).Status);
    }
}
