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
}
