using Frontdesk.Grains.Demo;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Api;

public sealed class the_calendar_of_a_fresh_demo_start_shows_todays_bookings(DemoApi api) : IClassFixture<DemoApi>
{
    [Theory]
    [InlineData(DemoBranches.Tverskaya, "Europe/Moscow", 15)]
    [InlineData(DemoBranches.Arbat, "Europe/Moscow", 15)]
    [InlineData(DemoBranches.Yekaterinburg, "Asia/Yekaterinburg", 30)]
    public async Task each_branch_shows_its_working_specialists_with_todays_bookings_and_a_summary_that_adds_up(string branchId, string zone, int step)
    {
        var calendar = await api.Client.GetJsonAsync($"/api/branches/{branchId}/calendar/{Bodies.Date(DemoApi.Today)}");

        var branch = calendar.GetProperty("branch");
        Assert.Equal((zone, step, false), (branch.GetProperty("timeZone").GetString(), branch.GetProperty("gridStepMinutes").GetInt32(), branch.GetProperty("dayOff").GetBoolean()));
        Assert.Matches("^[0-2][0-9]:[0-5][0-9]$", branch.GetProperty("opens").GetString());
        Assert.Equal(Bodies.Date(DemoApi.Today), calendar.GetProperty("date").GetString());
        var columns = calendar.GetProperty("columns").EnumerateArray().ToList();
        Assert.NotEmpty(columns);
        Assert.All(columns, c => Assert.NotEmpty(c.GetProperty("day").GetProperty("hours").EnumerateArray()));
        Assert.All(columns, c => Assert.Equal(c.GetProperty("specialist").GetProperty("id").GetString(), c.GetProperty("day").GetProperty("specialistId").GetString()));
        var bookings = columns.SelectMany(c => c.GetProperty("day").GetProperty("bookings").EnumerateArray()).ToList();
        Assert.True(bookings.Count >= columns.Count, $"{bookings.Count} bookings in {columns.Count} columns");
        Assert.All(bookings, b => Assert.Equal(Bodies.Date(DemoApi.Today), b.GetProperty("date").GetString()));
        var summary = calendar.GetProperty("summary");
        var statuses = bookings.Select(b => b.GetProperty("status").GetString()).ToList();
        Assert.Equal(statuses.Count(s => s is not ("Cancelled" or "NoShow" or "Held")), summary.GetProperty("visits").GetInt32());
        Assert.Equal(statuses.Count(s => s is "Arrived" or "InProgress" or "Completed"), summary.GetProperty("arrived").GetInt32());
        Assert.Equal(statuses.Count(s => s == "Cancelled"), summary.GetProperty("cancelled").GetInt32());
        Assert.True(summary.GetProperty("visits").GetInt32() > 0);
    }

    [Fact]
    public async Task a_specialist_off_that_day_has_no_column_and_a_closed_day_says_so()
    {
        // Elena Smirnova has a day off at her request three days from "today"; every branch is closed on New Year's Day.
        var dayOff = await api.Client.GetJsonAsync($"/api/branches/{DemoBranches.Tverskaya}/calendar/{Bodies.Date(DemoApi.Today.AddDays(3))}");
        var newYear = await api.Client.GetJsonAsync($"/api/branches/{DemoBranches.Tverskaya}/calendar/{DemoApi.Today.Year + 1}-01-01");

        Assert.DoesNotContain(dayOff.GetProperty("columns").EnumerateArray(),
            c => c.GetProperty("specialist").GetProperty("id").GetString() == DemoSpecialists.ElenaSmirnova);
        Assert.True(newYear.GetProperty("branch").GetProperty("dayOff").GetBoolean());
        Assert.Empty(newYear.GetProperty("columns").EnumerateArray());
    }
}
