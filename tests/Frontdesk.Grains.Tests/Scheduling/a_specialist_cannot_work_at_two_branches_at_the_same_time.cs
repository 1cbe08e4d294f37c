using Frontdesk.Grains.Scheduling;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.Shifts;

namespace Frontdesk.Grains.Tests.Scheduling;

public sealed class a_specialist_cannot_work_at_two_branches_at_the_same_time : OnFreshChain
{
    private ISpecialistScheduleGrain Dmitry => Schedule("dmitry");

    protected override async Task GivenAsync()
    {
        await Dmitry.ApplyAsync(Assign("center", ShiftTemplate.FiveTwo(Hours(9, 18)), Monday));
    }

    [Fact]
    public async Task an_assignment_overlapping_the_other_branchs_hours_is_refused_naming_the_date_and_both_branches()
    {
        var refusal = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            Dmitry.ApplyAsync(Assign("north", Weekly(DayOfWeek.Wednesday, Hours(17, 21)), Monday)));

        Assert.Equal(RejectionKind.Conflict, refusal.Kind);
        Assert.Equal("double-shift", refusal.Code);
        Assert.Equal(Monday.AddDays(2), refusal.Details["date"]);
        Assert.Equal("north", refusal.Details["branchId"]);
        Assert.Equal("center", refusal.Details["otherBranchId"]);
        var view = await Dmitry.GetAsync();
        Assert.Equal(1, view.Version);
        Assert.Single(view.Assignments);
    }

    [Fact]
    public async Task a_date_set_by_hand_at_the_other_branch_is_refused_when_it_overlaps_and_taken_when_it_does_not()
    {
        await Assert.ThrowsAsync<CommandRejectedException>(() => Dmitry.ApplyAsync(SetByHand("north", Monday, Hours(8, 10))));

        await Dmitry.ApplyAsync(SetByHand("north", Monday, Hours(18, 21)));
        await Dmitry.ApplyAsync(Assign("north", Weekly(DayOfWeek.Saturday, Hours(10, 16)), Monday));

        var days = await Dmitry.GetDaysAsync(Monday, Monday.AddDays(6));
        Assert.Equal(new[] { "center", "north" }, days.Where(d => d.Date == Monday).Select(d => d.BranchId));
        Assert.Equal("north", Assert.Single(days, d => d.Date == Monday.AddDays(5)).BranchId);
    }

    [Fact]
    public async Task freeing_the_first_branch_on_a_date_lets_the_other_branch_have_it()
    {
        var thursday = Monday.AddDays(3);
        await Dmitry.ApplyAsync(SetByHand("center", thursday));

        await Dmitry.ApplyAsync(SetByHand("north", thursday, Hours(9, 18)));

        Assert.Equal("north", Assert.Single(await Dmitry.GetDaysAsync(thursday, thursday)).BranchId);
    }
}
