using Frontdesk.Browser.Tests.Infrastructure;
using Frontdesk.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests.Calendar;

[Collection(CalendarCollection.Name)]
public sealed class after_a_server_restart_both_desks_come_back_to_what_the_database_holds(CalendarSite site)
{
    [Fact]
    public async Task the_pages_say_they_are_reconnecting_then_show_the_changes_made_meanwhile_without_a_reload()
    {
        var date = CalendarSite.Today.AddDays(4);
        var (s1, s2, s3) = (site.Branch.SpecialistIds[0], site.Branch.SpecialistIds[1], site.Branch.SpecialistIds[2]);
        var kept = await site.Branch.BookAsync(site.Api, s1, date, "09:30", "Restart One", "+7 955 000-20-01", confirmed: true);
        var cancelled = await site.Branch.BookAsync(site.Api, s2, date, "10:00", "Restart Two", "+7 955 000-20-02");
        var moved = await site.Branch.BookAsync(site.Api, s3, date, "10:30", "Restart Three", "+7 955 000-20-03");
        await using var deskA = await site.OpenDeskAsync("a", date);
        await using var deskB = await site.OpenDeskAsync("b", date);
        var (a, b) = (deskA.Session, deskB.Session);
        var desks = new[] { deskA, deskB };
        foreach (var desk in desks)
        {
            await desk.Page.EvaluateAsync("() => { window.__sameDocument = true; }");
            await Expect(desk.Block(moved)).ToHaveAttributeAsync("data-start", "10:30");
        }
        await Task.WhenAll(a.StepAsync("before-restart"), b.StepAsync("before-restart"));

        await site.StopAsync();
        foreach (var desk in desks) await Expect(desk.Root).ToHaveAttributeAsync("data-live", "reconnecting");
        await Task.WhenAll(a.StepAsync("server-down"), b.StepAsync("server-down"));

        await site.StartAgainAsync();
        // Changes the moment the engine is back, most likely before either page has reconnected.
        await site.Api.PostAsync($"/api/bookings/{cancelled}/cancel", new { reason = "client called" });
        await site.Api.PostAsync($"/api/bookings/{moved}/move", new { start = "16:00" });
        var added = await site.Branch.BookAsync(site.Api, s2, date, "15:00", "Restart Four", "+7 955 000-20-04");

        foreach (var desk in desks) await desk.ExpectLiveAsync(timeout: 60_000);
        await Task.WhenAll(a.StepAsync("reconnected"), b.StepAsync("reconnected"));
        var database = CalendarScreen.Sorted(await CalendarScreen.DatabaseAsync(site.Api, site.Branch.Id, date));
        Assert.Equal(new[] { kept, moved, added }.Order(StringComparer.Ordinal), database.Select(x => x.Number));
        Assert.Contains(database, x => x.Number == moved && x.Start == "16:00");
        foreach (var desk in desks)
        {
            await Eventually.TrueAsync(async () => CalendarScreen.Sorted(await desk.ShownAsync()).SequenceEqual(database),
                "the page to show exactly what the database holds", TimeSpan.FromSeconds(15));
            Assert.True(await desk.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "a page was reloaded");
        }
        await Task.WhenAll(a.StepAsync("same-as-database"), b.StepAsync("same-as-database"));

        // And live again: a change after the recovery arrives as a push.
        var later = await site.Branch.BookAsync(site.Api, s1, date, "17:00", "Restart Five", "+7 955 000-20-05");
        foreach (var desk in desks) await Expect(desk.Block(later)).ToHaveAttributeAsync("data-start", "17:00");
        await Task.WhenAll(a.StepAsync("live-again"), b.StepAsync("live-again"));
    }
}
