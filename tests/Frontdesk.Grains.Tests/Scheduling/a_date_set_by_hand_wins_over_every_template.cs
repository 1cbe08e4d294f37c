using Frontdesk.Grains.Scheduling;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.Shifts;

namespace Frontdesk.Grains.Tests.Scheduling;

public sealed class a_date_set_by_hand_wins_over_every_template : OnFreshChain
{
    [Fact]
    public async Task a_day_off_and_other_hours_set_by_hand_stand_even_after_a_later_template()
    {
        var schedule = Schedule("anna");
        var wednesday = Monday.AddDays(2);
        var saturday = Monday.AddDays(5);
        await schedule.ApplyAsync(Assign("center", ShiftTemplate.FiveTwo(Hours(9, 18)), Monday));
        await schedule.ApplyAsync(SetByHand("center", wednesday));
        await schedule.ApplyAsync(SetByHand("center", saturday, Hours(10, 14)));

        await schedule.ApplyAsync(Assign("center", ShiftTemplate.Cycle(1, 0, Hours(8, 20)), Monday));

        Assert.Empty((await schedule.GetDayAsync("center", wednesday)).Intervals);
        Assert.Equal([Hours(10, 14)], (await schedule.GetDayAsync("center", saturday)).Intervals);
        Assert.Equal([Hours(8, 20)], (await schedule.GetDayAsync("center", Monday.AddDays(1))).Intervals);
        var days = await schedule.GetDaysAsync(Monday, Monday.AddDays(6));
        Assert.DoesNotContain(days, d => d.Date == wednesday);
        var view = await schedule.GetAsync();
        Assert.Equal(4, view.Version);
        Assert.Equal(new[] { wednesday, saturday }, view.Exceptions.Select(e => e.Date));
    }

    [Fact]
    public async Task setting_a_date_again_replaces_what_was_set_before()
    {
        var schedule = Schedule("anna");
        await schedule.ApplyAsync(SetByHand("center", Monday));
        await schedule.ApplyAsync(SetByHand("center", Monday, Hours(12, 16)));

        Assert.Equal([Hours(12, 16)], (await schedule.GetDayAsync("center", Monday)).Intervals);
        Assert.Single((await schedule.GetAsync()).Exceptions);
    }
}
