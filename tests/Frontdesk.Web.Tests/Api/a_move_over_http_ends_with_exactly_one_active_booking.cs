using System.Text.Json;
using Frontdesk.Grains.Demo;
using Frontdesk.Web.Tests.Infrastructure;
using static Frontdesk.Web.Tests.Infrastructure.ApiClient;

namespace Frontdesk.Web.Tests.Api;

public sealed class a_move_over_http_ends_with_exactly_one_active_booking(DemoApi api) : IClassFixture<DemoApi>
{
    // Olga Popova, cosmetologist at Tverskaya on a 2/2 cycle: 3 and 4 December are working days, and no room is needed.
    private static readonly DateOnly First = DemoApi.Today.AddDays(10);
    private static readonly DateOnly Second = DemoApi.Today.AddDays(11);

    private async Task<JsonElement> BookAsync(DateOnly date, string start)
    {
        var anna = await api.Client.ClientIdAsync("ivanova");
        return await JsonOf(await api.Client.PostAsync("/api/bookings",
            Bodies.Booking(DemoBranches.Tverskaya, DemoSpecialists.OlgaPopova, date, start, ["cosm-peel"], Bodies.ClientById(anna), confirmed: true)), 201);
    }

    private async Task<List<JsonElement>> ActiveAsync(params DateOnly[] dates)
    {
        var days = await Task.WhenAll(dates.Select(d => api.Client.GetJsonAsync($"/api/days/{DemoBranches.Tverskaya}/{DemoSpecialists.OlgaPopova}/{Bodies.Date(d)}")));
        return [.. days.SelectMany(d => d.GetProperty("bookings").EnumerateArray()).Where(b => b.GetProperty("status").GetString() is not ("Cancelled" or "NoShow"))];
    }

    [Fact]
    public async Task a_move_to_another_day_leaves_the_target_active_the_source_cancelled_and_both_linked_and_a_retry_moves_nothing_more()
    {
        var source = await BookAsync(First, "10:00");
        var number = source.GetProperty("number").GetString()!;
        var key = NewKey();

        var moved = await JsonOf(await api.Client.PostAsync($"/api/bookings/{number}/move", new { date = Bodies.Date(Second), start = "12:00" }, key), 200);
        var retried = await api.Client.PostAsync($"/api/bookings/{number}/move", new { date = Bodies.Date(Second), start = "12:00" }, key);
        var old = await api.Client.GetJsonAsync($"/api/bookings/{number}");

        var active = Assert.Single(await ActiveAsync(First, Second));
        Assert.Equal(moved.GetProperty("number").GetString(), active.GetProperty("number").GetString());
        Assert.Equal(("Confirmed", number), (moved.GetProperty("status").GetString(), moved.GetProperty("movedFrom").GetString()));
        Assert.Equal(("Cancelled", moved.GetProperty("number").GetString()), (old.GetProperty("status").GetString(), old.GetProperty("movedTo").GetString()));
        Assert.Equal(moved.GetRawText(), (await JsonOf(retried, 200)).GetRawText());
    }

    [Fact]
    public async Task a_move_within_the_day_keeps_the_number_and_a_move_onto_a_taken_slot_is_refused_and_changes_nothing()
    {
        var booking = await BookAsync(First, "15:00");
        var blocker = await BookAsync(First, "17:00");
        var number = booking.GetProperty("number").GetString()!;

        var later = await JsonOf(await api.Client.PostAsync($"/api/bookings/{number}/move", new { start = "16:00" }), 200);
        var onto = await api.Client.PostAsync($"/api/bookings/{number}/move", new { start = "17:15" });

        Assert.Equal(number, later.GetProperty("number").GetString());
        Assert.NotEqual(booking.GetProperty("start").GetString(), later.GetProperty("start").GetString());
        var problem = await JsonOf(onto, 409);
        Assert.Equal(("slot-taken", blocker.GetProperty("number").GetString()), (problem.GetProperty("code").GetString(), problem.GetProperty("conflictingBooking").GetString()));
        Assert.Equal(later.GetProperty("start").GetString(), (await api.Client.GetJsonAsync($"/api/bookings/{number}")).GetProperty("start").GetString());
    }
}
