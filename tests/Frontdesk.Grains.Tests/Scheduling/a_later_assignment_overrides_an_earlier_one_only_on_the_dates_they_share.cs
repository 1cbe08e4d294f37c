using Frontdesk.Grains.Scheduling;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.Shifts;

namespace Frontdesk.Grains.Tests.Scheduling;

public sealed class a_later_assignment_overrides_an_earlier_one_only_on_the_dates_they_share : OnFreshChain
{
    [Fact]
    public async Task before_and_after_the_later_period_the_earlier_template_still_holds()
    {
        var schedule = Schedule("anna");
        var from = new DateOnly(2026, 12, 1);
        var to = new DateOnly(2026, 12, 10);
        await schedule.ApplyAsync(Assign("center", ShiftTemplate.FiveTwo(Hours(9, 18)), Monday.AddDays(-22)));
        await schedule.ApplyAsync(Assign("center", ShiftTemplate.Cycle(2, 2, Hours(10, 20)), from, to));

        var days = (await schedule.GetDaysAsync(Monday, new DateOnly(2026, 12, 20))).ToDictionary(d => d.Date, d => d.Intervals);

        foreach (var date in Dates(Monday, new DateOnly(2026, 12, 20)))
        {
            IReadOnlyList<WorkingInterval> expected = date >= from && date <= to
                ? (date.DayNumber - from.DayNumber) % 4 < 2 ? [Hours(10, 20)] : []
                : date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? [] : [Hours(9, 18)];
            Assert.Equal(expected, days.GetValueOrDefault(date) ?? []);
        }
    }

    [Fact]
    public async Task an_assignment_at_another_branch_leaves_the_first_branch_alone()
    {
        var schedule = Schedule("dmitry");
        await schedule.ApplyAsync(Assign("center", Weekly(DayOfWeek.Monday, Hours(9, 18)), Monday));
        await schedule.ApplyAsync(Assign("north", Weekly(DayOfWeek.Tuesday, Hours(11, 20)), Monday));

        var days = await schedule.GetDaysAsync(Monday, Monday.AddDays(6));

        Assert.Equal(new[] { ("center", Monday), ("north", Monday.AddDays(1)) }, days.Select(d => (d.BranchId, d.Date)));
    }
}
