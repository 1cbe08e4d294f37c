using Frontdesk.Grains.Queue;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallQueues;

namespace Frontdesk.Grains.Tests.Queue;

public sealed class priority_then_first_come_decide_the_next_call_across_a_desks_lines : QueueTest
{
    [Fact]
    public async Task booked_then_elderly_then_regular_in_order_of_arrival_whichever_line()
    {
        var a1 = await IssueAsync(Reception);
        Chain.Time.Advance(TimeSpan.FromMinutes(1));
        var b1 = await IssueAsync(Cashier);
        Chain.Time.Advance(TimeSpan.FromMinutes(1));
        var a2Elderly = await IssueAsync(Reception, "elderly");
        Chain.Time.Advance(TimeSpan.FromMinutes(1));
        var b2Booked = await IssueAsync(Cashier, PriorityClass.Booked);
        Chain.Time.Advance(TimeSpan.FromMinutes(1));
        var a3 = await IssueAsync(Reception);
        var lab = await IssueAsync(Lab);

        var called = new List<string>();
        while (await Desk(Desk1).CallNextAsync(NewOperation()) is { } ticket)
        {
            called.Add(ticket.Number);
            await Desk(Desk1).ServeAsync(ticket.Id);
        }

        Assert.Equal([b2Booked.Number, a2Elderly.Number, a1.Number, b1.Number, a3.Number], called);
        Assert.Equal(lab.Id, (await Counter(Lab).PeekAsync())!.TicketId);
    }

    [Fact]
    public async Task people_ahead_counts_only_those_called_before_and_the_wait_follows_recent_service_times()
    {
        var regular = await IssueAsync(Reception);
        var secondRegular = await IssueAsync(Reception);
        var elderly = await IssueAsync(Reception, "elderly");
        var thirdRegular = await IssueAsync(Reception);

        Assert.Equal([0, 1, 0, 3], new[] { regular, secondRegular, elderly, thirdRegular }.Select(t => t.PeopleAheadAtIssue));
        Assert.Null(thirdRegular.EstimatedWaitAtIssue);
        Assert.Equal(2, (await Counter(Reception).GetProgressAsync(secondRegular.Id)).PeopleAhead);

        // Two clients took four minutes each at one desk: eight minutes for the two before the next ticket.
        for (var i = 0; i < 2; i++)
        {
            var ticket = (await Desk(Desk1).CallNextAsync(NewOperation()))!;
            Chain.Time.Advance(TimeSpan.FromMinutes(4));
            await Desk(Desk1).ServeAsync(ticket.Id);
        }
        var later = await IssueAsync(Reception);
        var progress = await Counter(Reception).GetProgressAsync(thirdRegular.Id);

        Assert.Equal((2, 8), (later.PeopleAheadAtIssue, later.EstimatedWaitAtIssue!.Value));
        Assert.Equal((1, 4), (progress.PeopleAhead!.Value, progress.EstimatedWaitMinutes!.Value));
        Assert.Equal(240, (await Counter(Reception).GetViewAsync()).AverageServiceSeconds);
    }

    [Fact]
    public async Task a_paused_desk_calls_no_one_until_it_resumes_and_a_busy_desk_finishes_first()
    {
        await IssueAsync(Reception);
        await IssueAsync(Reception);
        await Setup.SetDeskPausedAsync(Desk1, true);

        var paused = await Assert.ThrowsAsync<CommandRejectedException>(() => Desk(Desk1).CallNextAsync(NewOperation()));
        await Setup.SetDeskPausedAsync(Desk1, false);
        var press = NewOperation();
        var first = await Desk(Desk1).CallNextAsync(press);
        var repeated = await Desk(Desk1).CallNextAsync(press);
        var busy = await Assert.ThrowsAsync<CommandRejectedException>(() => Desk(Desk1).CallNextAsync(NewOperation()));

        Assert.Equal(("desk-paused", RejectionKind.Conflict), (paused.Code, paused.Kind));
        Assert.Equal(first, repeated);
        Assert.Equal(("desk-busy", first!.Number), (busy.Code, busy.Details["ticket"]));
        Assert.Equal(first, await Desk(Desk1).GetCurrentAsync());
        Assert.Null(await Desk(Desk3).CallNextAsync(NewOperation()));
    }
}
