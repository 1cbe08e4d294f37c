using System.Net;
using System.Text.Json;
using Frontdesk.Grains.Demo;
using Frontdesk.Web.Tests.Infrastructure;
using static Frontdesk.Web.Tests.Infrastructure.ApiClient;

namespace Frontdesk.Web.Tests.Api;

public sealed class a_booking_is_made_confirmed_checked_in_and_completed_over_http(DemoApi api) : IClassFixture<DemoApi>
{
    private static readonly DateOnly NextMonday = DemoApi.Today.AddDays(7);

    [Fact]
    public async Task a_new_client_is_registered_booked_and_taken_through_every_status_to_completed()
    {
        var created = await api.Client.PostAsync("/api/bookings", Bodies.Booking(DemoBranches.Tverskaya, DemoSpecialists.ElenaSmirnova, NextMonday, "10:00",
            ["massage-back"], new { name = "Vera Testova", phone = "8 (900) 555-01-01", email = "vera@example.com" }));
        var booking = await JsonOf(created, 201);
        var number = booking.GetProperty("number").GetString()!;
        var steps = new List<string>();
        foreach (var step in new[] { "confirm", "check-in", "start", "complete" })
            steps.Add((await JsonOf(await api.Client.PostAsync($"/api/bookings/{number}/{step}"), 200)).GetProperty("status").GetString()!);
        var done = await api.Client.GetJsonAsync(created.Headers.Location!.ToString());

        Assert.Equal($"/api/bookings/{number}", created.Headers.Location!.ToString());
        Assert.StartsWith("TVR-261130-1-", number);
        Assert.Equal("Unconfirmed", booking.GetProperty("status").GetString());
        // 10:00 in Moscow, said in UTC.
        Assert.Equal("2026-11-30T07:00:00Z", booking.GetProperty("start").GetString());
        Assert.Equal("+79005550101", booking.GetProperty("client").GetProperty("phone").GetString());
        Assert.Equal(["Confirmed", "Arrived", "InProgress", "Completed"], steps);
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, done.GetProperty("actualEnd").ValueKind);
    }

    [Fact]
    public async Task the_booking_is_found_by_its_qr_code_and_in_the_clients_history_but_not_by_a_guessed_code()
    {
        var anna = await api.Client.ClientIdAsync("anna ivanova");
        var booking = await JsonOf(await api.Client.PostAsync("/api/bookings", Bodies.Booking(DemoBranches.Tverskaya, DemoSpecialists.ElenaSmirnova,
            NextMonday, "15:00", ["massage-lymph"], Bodies.ClientById(anna), confirmed: true)), 201);
        var payload = booking.GetProperty("qrPayload").GetString()!;

        var byCode = await api.Client.GetJsonAsync($"/api/bookings/by-code?payload={Uri.EscapeDataString(payload)}");
        // The secret is random, so the guess must differ from whatever its last character happens to be.
        var guess = payload[..^1] + (payload[^1] == 'q' ? 'r' : 'q');
        var guessed = await api.Client.GetAsync($"/api/bookings/by-code?payload={Uri.EscapeDataString(guess)}");
        var history = await api.Client.GetJsonAsync($"/api/clients/{anna}/bookings");

        Assert.Equal(booking.GetProperty("number").GetString(), byCode.GetProperty("number").GetString());
        Assert.Equal("Confirmed", byCode.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Equal("unknown-booking", (await JsonOf(guessed, 404)).GetProperty("code").GetString());
        Assert.Contains(history.EnumerateArray(), b => b.GetProperty("number").GetString() == booking.GetProperty("number").GetString());
    }
}
