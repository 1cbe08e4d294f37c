using System.Text.Json;
using Frontdesk.Grains.Demo;
using Frontdesk.Silo;
using Frontdesk.Silo.Journal;
using Frontdesk.TestSupport.Security;
using Frontdesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Web.Tests.Security;

/// <summary>
/// A morning at Tverskaya through the API as the people who do it: a receptionist books a new client, confirms,
/// writes notes, checks them in; the specialist starts and completes the visit; a second booking is moved, the
/// move reverted by the manager, then cancelled; a kiosk issues a ticket and a desk calls it. Each change leaves
/// exactly one audit entry for what it changed, naming who, which branch, when (UTC) and the view before and after.
/// </summary>
public sealed class a_scripted_day_leaves_exactly_one_audit_entry_per_change_with_who_where_when_and_before_after(DemoApi api)
    : IClassFixture<DemoApi>
{
    private const string Branch = DemoBranches.Tverskaya;

    [Fact]
    public async Task every_change_of_the_day_has_its_one_entry_and_the_booking_and_client_histories_show_them_in_full()
    {
        var reception = await api.As(SignIn.Demo("reception", Branch));
        var specialist = await api.As(SignIn.Demo("specialist", Branch));
        var manager = await api.As(SignIn.Demo("manager", Branch));
        var kiosk = api.AsDevice(SignIn.DemoDeviceToken("kiosk", Branch));
        var specialistId = (await specialist.GetJsonAsync("/api/auth/me")).GetProperty("specialistId").GetString()!;
        var service = (await reception.GetJsonAsync("/api/catalog")).GetProperty("specialists").EnumerateArray()
            .First(s => s.GetProperty("id").GetString() == specialistId).GetProperty("serviceIds")[0].GetString()!;
        // The specialist's first working day with room (today may be full or a day off).
        var (today, starts) = ("", default(JsonElement));
        for (var ahead = 0; starts.ValueKind != JsonValueKind.Array || starts.GetArrayLength() < 4; ahead++)
        {
            today = Bodies.Date(DemoApi.Today.AddDays(ahead));
            starts = (await reception.GetJsonAsync($"/api/days/{Branch}/{specialistId}/{today}/free-starts?services={service}")).GetProperty("starts");
        }
        var expected = new List<(string Subject, string Actor, string Command)>();
        var total = await AuditCountAsync();

        async Task<JsonElement> Step(ApiClient who, string login, HttpMethod method, string path, object? body, params string[] subjects)
        {
            using var response = await who.SendAsync(method, path, body);
            var json = await ApiClient.JsonOf(response, method == HttpMethod.Post && path is "/api/bookings" ? 201 : 200);
            var now = await AuditCountAsync();
            Assert.True(now - total == subjects.Length, $"{method} {path} as {login}: {now - total} audit entries, expected {subjects.Length}");
            total = now;
            return json;
        }

        var first = await Step(reception, "reception", HttpMethod.Post, "/api/bookings",
            new { branchId = Branch, specialistId, date = today, start = starts[0].GetString(), serviceIds = new[] { service }, client = new { name = "Audit Client", phone = "+7 901 777-00-01" } },
            "booking", "client");
        var number = first.GetProperty("number").GetString()!;
        var bookingId = first.GetProperty("id").GetString()!;
        var clientId = first.GetProperty("client").GetProperty("clientId").GetString()!;
        await Step(reception, "reception", HttpMethod.Post, $"/api/bookings/{number}/confirm", null, "booking");
        await Step(reception, "reception", HttpMethod.Put, $"/api/bookings/{number}/notes", new { notes = "allergic to latex" }, "booking");
        await Step(reception, "reception", HttpMethod.Post, $"/api/bookings/{number}/check-in", null, "booking");
        await Step(specialist, "specialist", HttpMethod.Post, $"/api/bookings/{number}/start", null, "booking");
        await Step(specialist, "specialist", HttpMethod.Post, $"/api/bookings/{number}/complete", null, "booking");
        starts = (await reception.GetJsonAsync($"/api/days/{Branch}/{specialistId}/{today}/free-starts?services={service}")).GetProperty("starts");
        var second = await Step(reception, "reception", HttpMethod.Post, "/api/bookings",
            new { branchId = Branch, specialistId, date = today, start = starts[starts.GetArrayLength() - 1].GetString(), serviceIds = new[] { service }, client = new { id = clientId } }, "booking");
        var secondNumber = second.GetProperty("number").GetString()!;
        var secondId = second.GetProperty("id").GetString()!;
        var originalStart = second.GetProperty("start").GetString();
        starts = (await reception.GetJsonAsync($"/api/days/{Branch}/{specialistId}/{today}/free-starts?services={service}")).GetProperty("starts");
        var moveTo = starts[0].GetString();
        await Step(reception, "reception", HttpMethod.Post, $"/api/bookings/{secondNumber}/move", new { start = moveTo }, "booking");
        var moveEntry = (await manager.GetJsonAsync($"/api/bookings/{secondNumber}/history")).EnumerateArray().Last().GetProperty("id").GetString()!;
        var reverted = await Step(manager, "manager", HttpMethod.Post, $"/api/bookings/{secondNumber}/revert", new { entryId = moveEntry }, "booking");
        await Step(reception, "reception", HttpMethod.Post, $"/api/bookings/{secondNumber}/cancel", new { reason = "client called" }, "booking");
        var ticket = (await ApiClient.JsonOf(await kiosk.PostAsync($"/api/queue/branches/{Branch}/lines/{DemoQueues.Reception}/tickets", new { source = "kiosk", kioskId = "k1" }), 201))
            .GetProperty("ticketId").GetString()!;
        total = await AuditCountAsync();
        await Step(reception, "reception", HttpMethod.Post, $"/api/queue/branches/{Branch}/desks/desk-1/call-next", null, "ticket");

        Assert.Equal(originalStart, reverted.GetProperty("start").GetString());
        var history = (await manager.GetJsonAsync($"/api/bookings/{number}/history")).EnumerateArray().ToList();
        Assert.Equal(["BookAsync", "ConfirmAsync", "EditNotesAsync", "CheckInAsync", "StartVisitAsync", "CompleteVisitAsync"],
            history.Select(e => e.GetProperty("command").GetString()));
        Assert.Equal(["demo-reception-moscow-tverskaya", "demo-reception-moscow-tverskaya", "demo-reception-moscow-tverskaya", "demo-reception-moscow-tverskaya",
            "demo-specialist-moscow-tverskaya", "demo-specialist-moscow-tverskaya"], history.Select(e => e.GetProperty("actor").GetString()));
        Assert.All(history, e =>
        {
            Assert.Equal(Branch, e.GetProperty("branch").GetString());
            Assert.Equal(DemoApi.Now, e.GetProperty("at").GetDateTimeOffset());
            Assert.Equal($"booking:{bookingId}", e.GetProperty("subject").GetString());
            Assert.Equal(bookingId, e.GetProperty("after").GetProperty("id").GetString());
        });
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("before").ValueKind);
        Assert.Equal("Confirmed", history[2].GetProperty("before").GetProperty("status").GetString());
        Assert.False(history[2].GetProperty("before").TryGetProperty("notes", out var none) && none.ValueKind == JsonValueKind.String);
        Assert.Equal("allergic to latex", history[2].GetProperty("after").GetProperty("notes").GetString());
        Assert.Equal("Completed", history[5].GetProperty("after").GetProperty("status").GetString());

        var secondHistory = (await manager.GetJsonAsync($"/api/bookings/{secondNumber}/history")).EnumerateArray().ToList();
        Assert.Equal(["BookAsync", "MoveWithinDayAsync", "MoveWithinDayAsync", "CancelAsync"], secondHistory.Select(e => e.GetProperty("command").GetString()));
        Assert.Equal("demo-manager-moscow-tverskaya", secondHistory[2].GetProperty("actor").GetString());
        Assert.Equal(secondHistory[1].GetProperty("before").GetProperty("start").GetString(), secondHistory[2].GetProperty("after").GetProperty("start").GetString());

        var clientHistory = (await manager.GetJsonAsync($"/api/clients/{clientId}/history")).EnumerateArray().ToList();
        Assert.Equal(1 + history.Count + secondHistory.Count, clientHistory.Count);
        Assert.Equal("RegisterAsync", clientHistory.Single(e => e.GetProperty("subject").GetString() == $"client:{clientId}").GetProperty("command").GetString());

        var ticketHistory = await api.Services.GetRequiredService<GrainIndex>().QueryAsync<AuditEntry>(new IndexQuery(AuditEntry.Index) { KeyPrefix = $"ticket:{ticket}|" });
        Assert.Equal([("demo-kiosk-moscow-tverskaya", "device"), ("demo-reception-moscow-tverskaya", "staff")],
            ticketHistory.Select(h => (h.Data.Actor, h.Data.ActorKind)));
        foreach (var client in new[] { reception, specialist, manager, kiosk }) client.Dispose();
    }

    [Fact]
    public async Task a_receptionist_may_not_read_history_and_another_branchs_manager_may_not_revert()
    {
        var number = (await api.Client.GetJsonAsync($"/api/branches/{Branch}/calendar/{Bodies.Date(DemoApi.Today)}"))
            .GetProperty("columns")[0].GetProperty("day").GetProperty("bookings")[0].GetProperty("number").GetString()!;
        using var reception = await api.As(SignIn.Demo("reception", Branch));
        using var arbat = await api.As(SignIn.Demo("manager", DemoBranches.Arbat));

        Assert.Equal(403, (int)(await reception.GetAsync($"/api/bookings/{number}/history")).StatusCode);
        Assert.Equal(403, (int)(await arbat.PostAsync($"/api/bookings/{number}/revert", new { entryId = "x" })).StatusCode);
    }

    private async Task<int> AuditCountAsync()
    {
        var all = await api.Services.GetRequiredService<GrainIndex>().QueryAsync<AuditEntry>(new IndexQuery(AuditEntry.Index) { KeyPrefix = "", Limit = 1_000_000 });
        return all.Count(e => !e.Data.Subject.StartsWith("access:", StringComparison.Ordinal));
    }
}
