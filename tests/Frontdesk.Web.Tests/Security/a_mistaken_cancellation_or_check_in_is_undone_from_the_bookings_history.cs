using System.Text.Json;
using Frontdesk.Grains.Demo;
using Frontdesk.TestSupport.Security;
using Frontdesk.Web.Tests.Infrastructure;
using static Frontdesk.Web.Tests.Infrastructure.ApiClient;

namespace Frontdesk.Web.Tests.Security;

/// <summary>
/// Reception cancels the wrong booking or checks in the wrong client: the manager reverts that history entry, which puts
/// the booking back as a new change (audited under the manager), and only while its time is still free. (A service that
/// needs a room is put back with a room claimed again: a_booking_cancelled_or_checked_in_by_mistake_is_put_back….)
/// </summary>
public sealed class a_mistaken_cancellation_or_check_in_is_undone_from_the_bookings_history(DemoApi api) : IClassFixture<DemoApi>
{
    private const string Branch = DemoBranches.Arbat;
    private static readonly DateOnly Thursday = DemoApi.Today.AddDays(10);

    [Fact]
    public async Task the_manager_reverts_the_cancellation_then_the_check_in_and_a_slot_booked_since_refuses_it()
    {
        using var reception = await api.As(SignIn.Demo("reception", Branch));
        using var manager = await api.As(SignIn.Demo("manager", Branch));
        var anna = await reception.ClientIdAsync("anna ivanova");
        var booking = await JsonOf(await reception.PostAsync("/api/bookings", Bodies.Booking(Branch, DemoSpecialists.PavelOrlov, Thursday, "11:00",
            ["salon-haircut-men"], Bodies.ClientById(anna), confirmed: true)), 201);
        var number = booking.GetProperty("number").GetString()!;

        async Task<string> LastEntryAsync() =>
            (await manager.GetJsonAsync($"/api/bookings/{number}/history")).EnumerateArray().Last().GetProperty("id").GetString()!;

        await JsonOf(await reception.PostAsync($"/api/bookings/{number}/cancel", new { reason = "wrong client" }), 200);
        var uncancelled = await JsonOf(await manager.PostAsync($"/api/bookings/{number}/revert", new { entryId = await LastEntryAsync() }), 200);
        await JsonOf(await reception.PostAsync($"/api/bookings/{number}/check-in"), 200);
        var checkInUndone = await JsonOf(await manager.PostAsync($"/api/bookings/{number}/revert", new { entryId = await LastEntryAsync() }), 200);
        await JsonOf(await reception.PostAsync($"/api/bookings/{number}/cancel", new { reason = "client called" }), 200);
        var cancelEntry = await LastEntryAsync();
        var since = await JsonOf(await reception.PostAsync("/api/bookings", Bodies.Booking(Branch, DemoSpecialists.PavelOrlov, Thursday, "11:00",
            ["salon-haircut-men"], Bodies.ClientById(anna))), 201);
        var refused = await JsonOf(await manager.PostAsync($"/api/bookings/{number}/revert", new { entryId = cancelEntry }), 409);

        Assert.Equal(("Confirmed", booking.GetProperty("start").GetString()), (uncancelled.GetProperty("status").GetString(), uncancelled.GetProperty("start").GetString()));
        Assert.Equal("Confirmed", checkInUndone.GetProperty("status").GetString());
        Assert.Equal("slot-taken", refused.GetProperty("code").GetString());
        Assert.Equal(since.GetProperty("number").GetString(), refused.GetProperty("conflictingBooking").GetString());
        Assert.Equal("Cancelled", (await reception.GetJsonAsync($"/api/bookings/{number}")).GetProperty("status").GetString());
        var history = (await manager.GetJsonAsync($"/api/bookings/{number}/history")).EnumerateArray().ToList();
        Assert.Equal(["BookAsync", "CancelAsync", "ReinstateAsync", "CheckInAsync", "ReinstateAsync", "CancelAsync"],
            history.Select(e => e.GetProperty("command").GetString()));
        Assert.All(history.Where(e => e.GetProperty("command").GetString() == "ReinstateAsync"),
            e => Assert.Equal("demo-manager-moscow-arbat", e.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task a_booking_that_needs_a_room_is_put_back_with_a_room_and_each_change_is_one_entry_though_it_took_two_commits()
    {
        const string Tverskaya = DemoBranches.Tverskaya;
        using var reception = await api.As(SignIn.Demo("reception", Tverskaya));
        using var manager = await api.As(SignIn.Demo("manager", Tverskaya));
        var anna = await reception.ClientIdAsync("anna ivanova");
        // A back massage needs a massage room: booking it, and putting it back, each commit once before claiming the room and once after.
        var booking = await JsonOf(await reception.PostAsync("/api/bookings", Bodies.Booking(Tverskaya, DemoSpecialists.ElenaSmirnova, DemoApi.Today.AddDays(7),
            "15:30", ["massage-back"], Bodies.ClientById(anna), confirmed: true)), 201);
        var number = booking.GetProperty("number").GetString()!;
        await JsonOf(await reception.PostAsync($"/api/bookings/{number}/cancel", new { reason = "wrong client" }), 200);
        var cancelEntry = (await manager.GetJsonAsync($"/api/bookings/{number}/history")).EnumerateArray().Last().GetProperty("id").GetString()!;

        var back = await JsonOf(await manager.PostAsync($"/api/bookings/{number}/revert", new { entryId = cancelEntry }), 200);
        var history = (await manager.GetJsonAsync($"/api/bookings/{number}/history")).EnumerateArray().ToList();

        Assert.Equal("Confirmed", back.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, back.GetProperty("resourceId").ValueKind);
        Assert.Equal(["BookAsync", "CancelAsync", "ReinstateAsync"], history.Select(e => e.GetProperty("command").GetString()));
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("before").ValueKind);
        // The booking's one entry shows it as it ended: confirmed, with its room, not the pending state of its first commit.
        Assert.Equal(JsonValueKind.String, history[0].GetProperty("after").GetProperty("resourceId").ValueKind);
        Assert.Equal(("Cancelled", "Confirmed"), (history[2].GetProperty("before").GetProperty("status").GetString(), history[2].GetProperty("after").GetProperty("status").GetString()));
        Assert.Equal(["BookingRescheduled", "ResourceClaimed"], history[2].GetProperty("events").EnumerateArray().Select(e => e.GetString()).Where(e => e is "BookingRescheduled" or "ResourceClaimed"));
        Assert.Equal("Confirmed", history[0].GetProperty("after").GetProperty("status").GetString());
        Assert.Equal(booking.GetProperty("resourceId").GetString(), history[0].GetProperty("after").GetProperty("resourceId").GetString());
    }
}
