using Frontdesk.Grains.Scheduling;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.Shifts;

namespace Frontdesk.Grains.Tests.Scheduling;

public sealed class a_preview_lists_exactly_the_dates_that_change_with_their_new_hours : OnFreshChain
{
    private ISpecialistScheduleGrain Anna => Schedule("anna");

    protected override async Task GivenAsync()
    {
        await Anna.ApplyAsync(Assign("center", ShiftTemplate.FiveTwo(Hours(9, 18)), Monday));
    }

    [Fact]
    public async Task new_hours_for_one_week_list_its_five_working_days_and_change_nothing()
    {
        var nextMonday = Monday.AddDays(7);
        var change = Assign("center", ShiftTemplate.FiveTwo(Hours(10, 19)), nextMonday, nextMonday.AddDays(6));

        var preview = await Anna.PreviewAsync(change, Monday, Monday.AddDays(27));

        Assert.Equal(Dates(nextMonday, nextMonday.AddDays(4)), preview.Select(d => d.Date));
        Assert.All(preview, d => Assert.Equal([Hours(10, 19)], d.Intervals));
        Assert.All(preview, d => Assert.Equal("center", d.BranchId));
        Assert.Equal(1, (await Anna.GetAsync()).Version);
        Assert.Equal([Hours(9, 18)], (await Anna.GetDayAsync("center", nextMonday)).Intervals);
    }

    [Fact]
    public async Task a_day_off_lists_the_one_date_with_no_hours_and_one_on_a_rest_day_lists_nothing()
    {
        var tuesday = Monday.AddDays(1);
        var sunday = Monday.AddDays(6);

        var offOnTuesday = await Anna.PreviewAsync(SetByHand("center", tuesday), Monday, Monday.AddDays(13));
        var offOnSunday = await Anna.PreviewAsync(SetByHand("center", sunday), Monday, Monday.AddDays(13));

        var changed = Assert.Single(offOnTuesday);
        Assert.Equal(tuesday, changed.Date);
        Assert.Empty(changed.Intervals);
        Assert.Empty(offOnSunday);
    }

    [Fact]
    public async Task a_change_outside_the_range_asked_about_is_not_listed()
    {
        var change = Assign("center", ShiftTemplate.Cycle(2, 2, Hours(8, 20)), Monday.AddDays(30));

        Assert.Empty(await Anna.PreviewAsync(change, Monday, Monday.AddDays(29)));
        Assert.NotEmpty(await Anna.PreviewAsync(change, Monday, Monday.AddDays(30)));
    }
}
