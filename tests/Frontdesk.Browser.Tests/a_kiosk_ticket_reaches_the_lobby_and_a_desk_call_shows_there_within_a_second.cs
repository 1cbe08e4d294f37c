using Frontdesk.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class a_kiosk_ticket_reaches_the_lobby_and_a_desk_call_shows_there_within_a_second(BrowserSite site)
{
    private const string Branch = "moscow-tverskaya";

    [Fact]
    public async Task the_lobby_shows_the_new_number_waiting_then_called_to_the_desk_that_pressed()
    {
        using var kiosk = new QueueKiosk(site.Address);
        await using var lobbySession = await site.OpenAsync(variant: "lobby");
        await using var deskSession = await site.OpenAsync(variant: "desk");
        var lobby = lobbySession.Page;
        var desk = deskSession.Page;
        await lobby.GotoAsync($"/lobby?branch={Branch}&speech=off");
        await Expect(lobby.Locator("[data-line=reception]")).ToBeVisibleAsync();
        await Expect(lobby.Locator(".queue-status")).ToHaveCountAsync(0);
        await lobbySession.StepAsync("lobby-before");

        var ticket = await kiosk.PressAsync(Branch, "reception");
        var number = ticket.GetProperty("number").GetString()!;

        await Expect(lobby.Locator("[data-line=reception]")).ToContainTextAsync(number);
        await lobbySession.StepAsync("lobby-ticket-waiting");

        await desk.GotoAsync($"/desk?branch={Branch}&desk=desk-1");
        await Expect(desk.Locator("[data-waiting]")).ToContainTextAsync(number);
        await deskSession.StepAsync("desk-before-call");
        // The lobby notes when the call appears, the desk when it was pressed: one machine, one clock.
        await lobby.EvaluateAsync("""
            number => new MutationObserver((_, observer) => {
              if (document.querySelector(`[data-call="${number}"]`)) { window.calledSeenAt = Date.now(); observer.disconnect(); }
            }).observe(document.body, { childList: true, subtree: true })
            """, number);
        var pressedAt = await desk.EvaluateAsync<double>("() => Date.now()");
        await desk.Locator("[data-action=call-next]").ClickAsync();

        await Expect(lobby.Locator($"[data-call=\"{number}\"]")).ToContainTextAsync("Desk 1");
        var seenAt = await lobby.EvaluateAsync<double>("() => window.calledSeenAt");
        Assert.InRange(seenAt - pressedAt, 0, 1000);
        await lobbySession.StepAsync("lobby-called");
        await Expect(desk.Locator("[data-current]")).ToHaveTextAsync(number);
        await deskSession.StepAsync("desk-after-call");

        await desk.Locator("[data-action=serve]").ClickAsync();
        await Expect(lobby.Locator($"[data-call=\"{number}\"]")).ToHaveCountAsync(0);
        await Expect(lobby.Locator($"[data-recent=\"{number}\"]")).ToBeVisibleAsync();
        await lobbySession.StepAsync("lobby-after-serve");
        Assert.Empty(lobbySession.Errors);
        Assert.Empty(deskSession.Errors);
    }
}
