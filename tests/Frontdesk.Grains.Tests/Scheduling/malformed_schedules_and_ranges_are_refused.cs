using Frontdesk.Grains.Scheduling;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.Shifts;

namespace Frontdesk.Grains.Tests.Scheduling;

public sealed class malformed_schedules_and_ranges_are_refused : OnFreshChain
{
    private static readonly WorkingInterval WithSeconds = new(new TimeOnly(9, 0, 30), new TimeOnly(12, 0));

    private ISpecialistScheduleGrain Anna => Schedule("anna");

    protected override async Task GivenAsync()
    {
        await Anna.ApplyAsync(Assign("center", ShiftTemplate.FiveTwo(Hours(9, 18)), Monday));
    }

    public static TheoryData<string, ScheduleChange> Malformed => new()
    {
        { "an interval that ends before it starts", SetByHand("center", Monday, Hours(18, 9)) },
        { "an empty interval", SetByHand("center", Monday, Hours(9, 9)) },
        { "overlapping intervals", SetByHand("center", Monday, Hours(9, 13), Hours(12, 18)) },
        { "intervals out of order", SetByHand("center", Monday, Hours(14, 18), Hours(9, 13)) },
        { "an interval off whole minutes", SetByHand("center", Monday, WithSeconds) },
        { "a template day that ends before it starts", Assign("center", Weekly(DayOfWeek.Friday, Hours(20, 10)), Monday) },
        { "a cycle with no working day", Assign("center", ShiftTemplate.Cycle(0, 2, Hours(9, 18)), Monday) },
        { "a cycle longer than 60 days", Assign("center", ShiftTemplate.Cycle(30, 31, Hours(9, 18)), Monday) },
        { "a cycle without hours", Assign("center", ShiftTemplate.Cycle(2, 2), Monday) },
        { "a weekly template with no weekday", Assign("center", new ShiftTemplate("none", ShiftKind.Weekly, []), Monday) },
        { "a weekday named twice", Assign("center", new ShiftTemplate("twice", ShiftKind.Weekly,
            [new WeekdayShift(DayOfWeek.Monday, [Hours(9, 12)]), new WeekdayShift(DayOfWeek.Monday, [Hours(13, 18)])]), Monday) },
        { "an assignment that ends before it starts", Assign("center", ShiftTemplate.FiveTwo(Hours(9, 18)), Monday, Monday.AddDays(-1)) },
        { "no branch", Assign(" ", ShiftTemplate.FiveTwo(Hours(9, 18)), Monday) },
        { "neither an assignment nor a date", new ScheduleChange() },
        { "both an assignment and a date", new ScheduleChange(Assign("center", ShiftTemplate.FiveTwo(Hours(9, 18)), Monday).Assignment,
            SetByHand("center", Monday).Exception) },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task a_malformed_change_is_invalid_in_preview_and_apply_and_changes_nothing(string what, ScheduleChange change)
    {
        var applied = await Assert.ThrowsAsync<CommandRejectedException>(() => Anna.ApplyAsync(change));
        var previewed = await Assert.ThrowsAsync<CommandRejectedException>(() => Anna.PreviewAsync(change, Monday, Monday.AddDays(6)));

        Assert.True(applied.Kind == RejectionKind.Invalid, what);
        Assert.Equal(RejectionKind.Invalid, previewed.Kind);
        Assert.Equal(1, (await Anna.GetAsync()).Version);
        Assert.Equal([Hours(9, 18)], (await Anna.GetDayAsync("center", Monday)).Intervals);
    }

    [Fact]
    public async Task a_range_that_ends_before_it_starts_or_spans_more_than_400_days_is_refused()
    {
        var backwards = await Assert.ThrowsAsync<CommandRejectedException>(() => Anna.GetDaysAsync(Monday, Monday.AddDays(-1)));
        var tooLong = await Assert.ThrowsAsync<CommandRejectedException>(() => Anna.GetDaysAsync(Monday, Monday.AddDays(400)));
        var previewTooLong = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            Anna.PreviewAsync(SetByHand("center", Monday), Monday, Monday.AddYears(5)));

        Assert.Equal("invalid-range", backwards.Code);
        Assert.Equal("range-too-long", tooLong.Code);
        Assert.Equal("range-too-long", previewTooLong.Code);
        var weekdays = Dates(Monday, Monday.AddDays(399)).Count(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.Equal(weekdays, (await Anna.GetDaysAsync(Monday, Monday.AddDays(399))).Count);
    }
}
