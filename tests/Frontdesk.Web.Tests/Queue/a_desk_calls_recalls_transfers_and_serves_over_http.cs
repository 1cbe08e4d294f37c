using System.Net;
using System.Text.Json;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Queue;

public sealed class a_desk_calls_recalls_transfers_and_serves_over_http : QueueHttpTest
{
    [Fact]
    public async Task the_reception_ticket_goes_first_then_moves_to_the_lab_and_its_holder_sees_each_step()
    {
        var regular = await Api.IssuedAsync("reception");
        var elderly = await Api.IssuedAsync("reception", source: "reception", priority: "elderly");

        var called = (await Api.DeskAsync("desk-1", "call-next")).GetProperty("ticket");
        var recalled = await Api.DeskAsync("desk-1", "recall", new { ticketId = Id(called) });
        var tooSoon = await Api.DeskResponseAsync("desk-1", "skip", new { ticketId = Id(called) });
        var moved = await Api.DeskAsync("desk-1", "transfer", new { ticketId = Id(called), toLineId = "lab" });
        var status = await Api.GetAsync($"/api/queue/tickets/{Id(called)}");
        var waiting = await Api.GetAsync($"/api/queue/tickets/{regular.GetProperty("ticketId").GetString()}");

        Assert.Equal((elderly.GetProperty("ticketId").GetString(), "A-002", "Called", "1"),
            (Id(called), called.GetProperty("number").GetString(), called.GetProperty("status").GetString(), called.GetProperty("deskLabel").GetString()));
        Assert.Equal(1, recalled.GetProperty("recalls").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, tooSoon.StatusCode);
        Assert.Equal(("A-002", "lab", "Waiting"), (moved.GetProperty("number").GetString(), moved.GetProperty("lineId").GetString(), moved.GetProperty("status").GetString()));
        Assert.Equal(("Lab tests", 0, "Europe/Moscow"), (status.GetProperty("lineName").GetString(), status.GetProperty("peopleAhead").GetInt32(),
            status.GetProperty("branch").GetProperty("timeZone").GetString()));
        Assert.Equal(0, waiting.GetProperty("peopleAhead").GetInt32());

        var atLab = (await Api.DeskAsync("desk-3", "call-next")).GetProperty("ticket");
        var served = await Api.DeskAsync("desk-3", "serve", new { ticketId = Id(atLab) });
        Assert.Equal((Id(called), "Served", "3"), (Id(served), served.GetProperty("status").GetString(), served.GetProperty("deskLabel").GetString()));
    }

    [Fact]
    public async Task a_paused_desk_is_refused_a_call_and_an_empty_queue_calls_no_one()
    {
        var paused = await Api.DeskAsync("desk-2", "pause");
        var refused = await Api.DeskResponseAsync("desk-2", "call-next");
        await Api.DeskAsync("desk-2", "resume");
        var nobody = await Api.DeskAsync("desk-2", "call-next");
        var desk = await Api.GetAsync($"{Api.Branch}/desks/desk-2");
        var unknown = await Api.DeskResponseAsync("desk-9", "call-next");
        var noTicket = await Api.DeskResponseAsync("desk-2", "serve", new { });

        Assert.True(paused.GetProperty("paused").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("desk-paused", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, nobody.GetProperty("ticket").ValueKind);
        Assert.False(desk.GetProperty("desk").GetProperty("paused").GetBoolean());
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (unknown.StatusCode, noTicket.StatusCode));
    }

    private static string Id(JsonElement ticket) => (ticket.TryGetProperty("ticketId", out var id) ? id : ticket.GetProperty("id")).GetString()!;
}
