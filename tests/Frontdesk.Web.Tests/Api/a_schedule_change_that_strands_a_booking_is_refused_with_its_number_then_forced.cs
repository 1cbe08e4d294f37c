using Frontdesk.Grains.Demo;
using Frontdesk.Web.Tests.Infrastructure;
using static Frontdesk.Web.Tests.Infrastructure.ApiClient;

namespace Frontdesk.Web.Tests.Api;

public sealed class a_schedule_change_that_strands_a_booking_is_refused_with_its_number_then_forced(DemoApi api) : IClassFixture<DemoApi>
{
    private static readonly DateOnly Tuesday = DemoApi.Today.AddDays(8);

    [Fact]
    public async Task a_day_off_over_a_booking_is_409_listing_it_and_forced_it_flags_the_booking_for_a_call()
    {
        var anna = await api.Client.ClientIdAsync("ivanova");
        var booking = await JsonOf(await api.Client.PostAsync("/api/bookings", Bodies.Booking(DemoBranches.Tverskaya, DemoSpecialists.ElenaSmirnova, Tuesday,
            "11:00", ["massage-back"], Bodies.ClientById(anna))), 201);
        var number = booking.GetProperty("number").GetString()!;
        var dayOff = new { exception = new { branchId = DemoBranches.Tverskaya, date = Bodies.Date(Tuesday), intervals = Array.Empty<object>(), note = "Sick leave" } };
        var path = $"/api/specialists/{DemoSpecialists.ElenaSmirnova}/schedule";

        var refused = await JsonOf(await api.Client.PostAsync(path, dayOff), 409);
        var planned = await api.Client.GetJsonAsync($"{path}?from={Bodies.Date(Tuesday)}&to={Bodies.Date(Tuesday)}");
        var forced = await JsonOf(await api.Client.PostAsync($"{path}?force=true", dayOff), 200);
        var after = await api.Client.GetJsonAsync($"/api/bookings/{number}");
        var plannedAfter = await api.Client.GetJsonAsync($"{path}?from={Bodies.Date(Tuesday)}&to={Bodies.Date(Tuesday)}");

        Assert.Equal("schedule-strands-bookings", refused.GetProperty("code").GetString());
        Assert.Equal([number], refused.GetProperty("bookings").EnumerateArray().Select(b => b.GetString()));
        Assert.Contains(number, refused.GetProperty("detail").GetString());
        Assert.Single(planned.GetProperty("days").EnumerateArray());
        Assert.Contains(forced.GetProperty("flagged").EnumerateArray(), b => b.GetProperty("number").GetString() == number);
        Assert.Equal("schedule-changed", after.GetProperty("needsCallReason").GetString());
        Assert.Empty(plannedAfter.GetProperty("days").EnumerateArray());
    }
}
