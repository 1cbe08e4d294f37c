using Frontdesk.Grains.Queue;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallQueues;

namespace Frontdesk.Grains.Tests.Queue;

public sealed class a_transferred_ticket_keeps_its_number_and_joins_the_other_line : QueueTest
{
    [Fact]
    public async Task it_waits_at_the_end_of_the_lab_line_under_its_number_and_is_found_there_by_its_id()
    {
        var a1 = await IssueAsync(Reception);
        var c1 = await IssueAsync(Lab);
        var called = (await Desk(Desk1).CallNextAsync(NewOperation()))!;
        Chain.Time.Advance(TimeSpan.FromMinutes(2));

        var moved = await Desk(Desk1).TransferAsync(called.Id, Lab);
        var repeat = await Desk(Desk1).TransferAsync(called.Id, Lab);

        Assert.Equal((a1.Id, "A-001", Lab, Reception, TicketStatus.Waiting), (moved.Id, moved.Number, moved.LineId, moved.TransferredFrom, moved.Status));
        Assert.Equal(moved, repeat);
        Assert.Null(await Desk(Desk1).GetCurrentAsync());
        var lab = await Counter(Lab).GetViewAsync();
        Assert.Equal([c1.Number, "A-001"], lab.Waiting.Select(w => w.Number));
        Assert.Equal(TicketStatus.Transferred, (await Counter(Reception).GetProgressAsync(a1.Id)).Ticket.Status);
        var found = await TicketLocator.FindAsync(Chain.Grains, a1.Id);
        Assert.Equal((Lab, 1), (found.Counter.LineId, found.Progress.PeopleAhead!.Value));
        Assert.Equal([Reception, Lab], found.Path.Select(k => k.LineId));

        Assert.Equal(c1.Id, (await Desk(Desk3).CallNextAsync(NewOperation()))!.Id);
        await Desk(Desk3).ServeAsync(c1.Id);
        var atLab = (await Desk(Desk3).CallNextAsync(NewOperation()))!;
        Assert.Equal(("A-001", Desk3, Lab), (atLab.Number, atLab.DeskId, atLab.LineId));
        Assert.Equal(TicketStatus.Served, (await Desk(Desk3).ServeAsync(a1.Id)).Status);
    }

    [Fact]
    public async Task a_transfer_cut_short_after_the_other_line_took_it_is_finished_by_a_repeat_and_leaves_one_copy()
    {
        await IssueAsync(Reception);
        var called = (await Desk(Desk1).CallNextAsync(NewOperation()))!;
        // As if the desk's node died between the two steps: the lab line has it, reception still shows it at the desk.
        await Counter(Lab).AcceptTransferAsync(called);

        var moved = await Desk(Desk1).TransferAsync(called.Id, Lab);

        Assert.Equal(Lab, moved.LineId);
        Assert.Equal(1, (await Counter(Lab).GetViewAsync()).WaitingCount);
        Assert.Empty((await Counter(Reception).GetViewAsync()).AtDesks);
    }

    [Fact]
    public async Task sent_back_to_the_line_it_came_from_it_queues_there_again()
    {
        await IssueAsync(Reception);
        var called = (await Desk(Desk1).CallNextAsync(NewOperation()))!;
        await Desk(Desk1).TransferAsync(called.Id, Lab);
        var atLab = (await Desk(Desk3).CallNextAsync(NewOperation()))!;

        var back = await Desk(Desk3).TransferAsync(atLab.Id, Reception);
        var sameLine = await Assert.ThrowsAsync<CommandRejectedException>(async () =>
        {
            var again = (await Desk(Desk2).CallNextAsync(NewOperation()))!;
            await Desk(Desk2).TransferAsync(again.Id, Reception);
        });

        Assert.Equal((Reception, Lab, TicketStatus.Waiting), (back.LineId, back.TransferredFrom, back.Status));
        Assert.Equal("same-line", sameLine.Code);
        var found = await TicketLocator.FindAsync(Chain.Grains, called.Id);
        Assert.Equal((Reception, TicketStatus.Called), (found.Counter.LineId, found.Progress.Ticket.Status));
    }
}
