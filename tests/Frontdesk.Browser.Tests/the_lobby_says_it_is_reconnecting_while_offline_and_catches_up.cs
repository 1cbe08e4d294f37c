using Frontdesk.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class the_lobby_says_it_is_reconnecting_while_offline_and_catches_up(BrowserSite site)
{
    private const string Branch = "moscow-arbat";

    [Fact]
    public async Task a_ticket_issued_while_the_screen_was_offline_shows_once_it_is_back()
    {
        using var kiosk = new QueueKiosk(site.Address);
        await using var session = await site.OpenAsync(variant: "lobby");
        var lobby = session.Page;
        // The browser's offline switch leaves an open WebSocket alone: keep hold of the page's sockets to cut them.
        await lobby.AddInitScriptAsync("""
            window.openSockets = [];
            window.WebSocket = class extends WebSocket {
              constructor(...args) { super(...args); window.openSockets.push(this); }
            };
            """);
        await lobby.GotoAsync($"/lobby?branch={Branch}&speech=off");
        await Expect(lobby.Locator("[data-line=lab]")).ToBeVisibleAsync();
        await Expect(lobby.Locator(".queue-status")).ToHaveCountAsync(0);

        await lobby.Context.SetOfflineAsync(true);
        await lobby.EvaluateAsync("() => window.openSockets.forEach(socket => socket.close())");
        await Expect(lobby.Locator(".queue-status")).ToContainTextAsync("Reconnecting");
        await session.StepAsync("offline");
        var ticket = await kiosk.PressAsync(Branch, "lab");
        await lobby.Context.SetOfflineAsync(false);

        await Expect(lobby.Locator(".queue-status")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(lobby.Locator("[data-line=lab]")).ToContainTextAsync(ticket.GetProperty("number").GetString()!);
        await session.StepAsync("back");
    }
}
