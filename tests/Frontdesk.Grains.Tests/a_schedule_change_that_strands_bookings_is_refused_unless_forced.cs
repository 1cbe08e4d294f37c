using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Scheduling;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

public sealed class a_schedule_change_that_strands_bookings_is_refused_unless_forced : ChainTest
{
    private ScheduleChangeCoordinator Coordinator => Chain.Service<ScheduleChangeCoordinator>();

    private static ScheduleChange ShortDay(DateOnly date) => new(Exception: new ScheduleException(Moscow, date, [At(9, 0, 12, 0)], "leaves early"));

    [Fact]
    public async Task the_refusal_lists_the_bookings_and_changes_nothing()
    {
        var late = await Day(Moscow, Anna, Tuesday).BookAsync(Request(new TimeOnly(15, 0)));
        var scheduleBefore = await Chain.Grains.GetGrain<ISpecialistScheduleGrain>(Anna).GetAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => Coordinator.ApplyAsync(Anna, ShortDay(Tuesday), force: false));

        Assert.Equal(("schedule-strands-bookings", RejectionKind.Conflict), (refused.Code, refused.Kind));
        Assert.Contains(late.Number, refused.Message);
        Assert.Equal(scheduleBefore.Version, (await Chain.Grains.GetGrain<ISpecialistScheduleGrain>(Anna).GetAsync()).Version);
        Assert.Contains(new WorkingInterval(new TimeOnly(14, 0), new TimeOnly(18, 0)), (await Day(Moscow, Anna, Tuesday).GetAsync()).Hours);
    }

    [Fact]
    public async Task forced_it_applies_and_flags_the_stranded_bookings_for_a_call()
    {
        var late = await Day(Moscow, Anna, Tuesday).BookAsync(Request(new TimeOnly(15, 0)));
        var early = await Day(Moscow, Anna, Tuesday).BookAsync(Request(new TimeOnly(10, 0)));

        var outcome = await Coordinator.ApplyAsync(Anna, ShortDay(Tuesday), force: true);

        Assert.Equal(late.Id, Assert.Single(outcome.Flagged).Id);
        var day = await Day(Moscow, Anna, Tuesday).GetAsync();
        Assert.Equal([At(9, 0, 12, 0)], day.Hours);
        Assert.Equal("schedule-changed", day.Bookings.Single(b => b.Id == late.Id).NeedsCallReason);
        Assert.Null(day.Bookings.Single(b => b.Id == early.Id).NeedsCallReason);
    }

    [Fact]
    public async Task a_change_over_days_without_bookings_applies_and_those_days_follow_it()
    {
        var wednesday = Tuesday.AddDays(1);

        var outcome = await Coordinator.ApplyAsync(Anna, ShortDay(wednesday), force: false);

        Assert.Equal([wednesday], outcome.ChangedDates);
        Assert.Equal([At(9, 0, 12, 0)], (await Day(Moscow, Anna, wednesday).GetAsync()).Hours);
        await Assert.ThrowsAsync<CommandRejectedException>(() => Day(Moscow, Anna, wednesday).BookAsync(Request(new TimeOnly(14, 0))));
    }

    [Fact]
    public async Task a_new_template_from_next_week_moves_the_days_it_touches_only()
    {
        await Day(Moscow, Anna, Tuesday).BookAsync(Request(new TimeOnly(15, 0)));
        var nextMonday = new DateOnly(2026, 11, 30);
        var change = new ScheduleChange(new ScheduleAssignment(Moscow, ShiftTemplate.Cycle(2, 2, At(8, 0, 20, 0)), nextMonday));

        var outcome = await Coordinator.ApplyAsync(Anna, change, force: false);

        Assert.DoesNotContain(Tuesday, outcome.ChangedDates);
        Assert.Equal([At(8, 0, 20, 0)], (await Day(Moscow, Anna, nextMonday).GetAsync()).Hours);
        Assert.Empty((await Day(Moscow, Anna, nextMonday.AddDays(2)).GetAsync()).Hours);
        Assert.Equal([At(9, 0, 13, 0), At(14, 0, 18, 0)], (await Day(Moscow, Anna, Tuesday).GetAsync()).Hours);
    }
}
