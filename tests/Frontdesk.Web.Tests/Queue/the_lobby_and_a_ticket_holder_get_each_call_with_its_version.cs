using Frontdesk.TestSupport.Security;
using System.Text.Json;
using Frontdesk.TestSupport;
using Frontdesk.Web.Queue;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Queue;

public sealed class the_lobby_and_a_ticket_holder_get_each_call_with_its_version
{
    [Fact]
    public async Task the_lobby_snapshot_holds_every_line_and_each_issue_and_call_follows_as_the_next_version()
    {
        await using var engine = await LiveEngine.StartAsync();
        using var http = await engine.HttpAsAsync(SignIn.DemoOwner);
        var api = new QueueApi(http);
        await using var lobby = await engine.ConnectAsync();
        var topic = QueueTopics.Topic("moscow-tverskaya", QueueApi.MoscowToday());

        var snapshot = await lobby.SubscribeAsync(topic);
        var issued = await api.IssuedAsync("reception");
        await api.IssuedAsync("cashier");
        var called = (await api.DeskAsync("desk-1", "call-next")).GetProperty("ticket");

        Assert.Equal(["setup", "kiosks", "line:reception", "line:cashier", "line:lab"], snapshot.Items.Select(i => i.Key));
        Assert.All(snapshot.Items.Where(i => i.Key.StartsWith("line:")), i => Assert.Equal(0, i.Version));
        var push = await lobby.WaitForAsync(c => c.Key == "line:reception" && c.Data.GetProperty("atDesks").GetArrayLength() == 1);
        var atDesk = push.Data.GetProperty("atDesks")[0];
        Assert.Equal((issued.GetProperty("number").GetString(), "1"), (atDesk.GetProperty("number").GetString(), atDesk.GetProperty("deskLabel").GetString()));
        Assert.Equal(called.GetProperty("id").GetString(), atDesk.GetProperty("ticketId").GetString());
        var reception = lobby.Changes.Where(c => c.Key == "line:reception").OrderBy(c => c.Version).ToList();
        Assert.Equal(1, reception[0].FirstVersion);
        for (var i = 1; i < reception.Count; i++) Assert.Equal(reception[i - 1].Version + 1, reception[i].FirstVersion);
        Assert.Equal(2, reception[^1].Version);
    }

    [Fact]
    public async Task a_ticket_holder_sees_the_people_ahead_fall_the_call_to_a_desk_and_a_transfer_as_a_refetch()
    {
        await using var engine = await LiveEngine.StartAsync();
        using var http = await engine.HttpAsAsync(SignIn.DemoOwner);
        var api = new QueueApi(http);
        var first = await api.IssuedAsync("reception");
        var mine = await api.IssuedAsync("reception");
        var id = mine.GetProperty("ticketId").GetString()!;
        await using var phone = await engine.ConnectAsync();
        var topic = TicketTopics.Topic(id);

        var snapshot = await phone.SubscribeAsync(topic);
        await api.DeskAsync("desk-1", "call-next");
        var oneLess = await phone.WaitForAsync(c => c.Data.GetProperty("peopleAhead").ValueKind == JsonValueKind.Number && c.Data.GetProperty("peopleAhead").GetInt32() == 0);
        await api.DeskAsync("desk-1", "serve", new { ticketId = first.GetProperty("ticketId").GetString() });
        await api.DeskAsync("desk-1", "call-next");
        var myTurn = await phone.WaitForAsync(c => c.Data.GetProperty("ticket").GetProperty("status").GetString() == "Called");
        await api.DeskAsync("desk-1", "transfer", new { ticketId = id, toLineId = "lab" });
        var moved = await phone.WaitForAsync(c => c.Data.GetProperty("ticket").GetProperty("status").GetString() == "Transferred");
        var again = await phone.SubscribeAsync(topic);

        Assert.Equal(1, Assert.Single(snapshot.Items).Data.GetProperty("peopleAhead").GetInt32());
        Assert.Equal(snapshot.Items[0].Version + 1, oneLess.FirstVersion);
        Assert.Equal("1", myTurn.Data.GetProperty("ticket").GetProperty("deskLabel").GetString());
        Assert.Equal(moved.Version + 1, moved.FirstVersion);
        Assert.Equal(2, again.Items.Count);
        Assert.Equal(("Lab tests", "Waiting", 0), (again.Items[1].Data.GetProperty("lineName").GetString(),
            again.Items[1].Data.GetProperty("ticket").GetProperty("status").GetString(), again.Items[1].Data.GetProperty("peopleAhead").GetInt32()));
    }
}
