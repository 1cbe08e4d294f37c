using Frontdesk.Grains.Scheduling;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.Shifts;

namespace Frontdesk.Grains.Tests.Scheduling;

public sealed class five_two_and_cycle_templates_give_the_working_days_they_promise : OnFreshChain
{
    [Fact]
    public async Task five_two_works_monday_to_friday_with_its_lunch_break_and_rests_at_weekends()
    {
        var lunch = new[] { Hours(9, 13), Hours(14, 18) };
        await Schedule("anna").ApplyAsync(Assign("center", ShiftTemplate.FiveTwo(lunch), Monday));

        var days = await Schedule("anna").GetDaysAsync(Monday.AddDays(-3), Monday.AddDays(27));

        var expected = Dates(Monday, Monday.AddDays(27)).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
        Assert.Equal(expected, days.Select(d => d.Date));
        Assert.All(days, d => Assert.Equal(lunch, d.Intervals));
        Assert.All(days, d => Assert.Equal("center", d.BranchId));
        Assert.Empty((await Schedule("anna").GetDayAsync("center", new DateOnly(2026, 11, 28))).Intervals);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(1, 3)]
    [InlineData(4, 2)]
    public async Task a_cycle_works_its_on_days_then_rests_its_off_days_counting_from_the_first_date(int on, int off)
    {
        var start = new DateOnly(2026, 11, 25);
        await Schedule("olga").ApplyAsync(Assign("center", ShiftTemplate.Cycle(on, off, Hours(9, 21)), start));

        var days = await Schedule("olga").GetDaysAsync(Monday, Monday.AddDays(59));

        var expected = Dates(start, Monday.AddDays(59)).Where(d => (d.DayNumber - start.DayNumber) % (on + off) < on);
        Assert.Equal(expected, days.Select(d => d.Date));
        Assert.All(days, d => Assert.Equal([Hours(9, 21)], d.Intervals));
    }

    [Fact]
    public async Task an_assignment_with_an_end_stops_there_and_the_plan_survives_the_activation()
    {
        await Schedule("anna").ApplyAsync(Assign("center", ShiftTemplate.Cycle(2, 2, Hours(10, 20)), Monday, Monday.AddDays(9)));
        Chain.Host.CollectIdleActivations(TimeSpan.Zero);

        var days = await Schedule("anna").GetDaysAsync(Monday, Monday.AddDays(30));

        Assert.Equal(new[] { 0, 1, 4, 5, 8, 9 }.Select(Monday.AddDays), days.Select(d => d.Date));
        Assert.Equal(1, (await Schedule("anna").GetAsync()).Version);
    }
}
