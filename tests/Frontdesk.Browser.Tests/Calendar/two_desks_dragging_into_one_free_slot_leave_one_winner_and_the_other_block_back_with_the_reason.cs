using Frontdesk.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests.Calendar;

[Collection(CalendarCollection.Name)]
public sealed class two_desks_dragging_into_one_free_slot_leave_one_winner_and_the_other_block_back_with_the_reason(CalendarSite site)
{
    [Fact]
    public async Task both_drop_at_once_exactly_one_moves_and_the_other_returns_with_the_engines_words()
    {
        var date = CalendarSite.Today.AddDays(3);
        var specialist = site.Branch.SpecialistIds[1];
        var first = await site.Branch.BookAsync(site.Api, specialist, date, "10:00", "Drag One", "+7 955 000-10-01");
        var second = await site.Branch.BookAsync(site.Api, specialist, date, "11:00", "Drag Two", "+7 955 000-10-02");
        await using var deskA = await site.OpenDeskAsync("a", date);
        await using var deskB = await site.OpenDeskAsync("b", date);
        var (a, b) = (deskA.Session, deskB.Session);
        await Expect(deskA.Block(first)).ToHaveAttributeAsync("data-start", "10:00");
        await Expect(deskB.Block(second)).ToHaveAttributeAsync("data-start", "11:00");

        await deskA.GrabAsync(first);
        await deskB.GrabAsync(second);
        await a.StepAsync("grabbed");
        await b.StepAsync("grabbed");
        await Task.WhenAll(deskA.DropOnAsync(specialist, "12:00"), deskB.DropOnAsync(specialist, "12:00"));
        await Task.WhenAll(a.StepAsync("dropped"), b.StepAsync("dropped"));

        await Expect(deskA.Message).ToBeVisibleAsync();
        await Expect(deskB.Message).ToBeVisibleAsync();
        var kinds = new[] { await deskA.Message.GetAttributeAsync("data-kind"), await deskB.Message.GetAttributeAsync("data-kind") };
        Assert.Equal(["error", "info"], kinds.Order());
        var (winnerDesk, loserDesk, winner, loser, loserStart) = kinds[0] == "info" ? (deskA, deskB, first, second, "11:00") : (deskB, deskA, second, first, "10:00");

        await Expect(winnerDesk.Message).ToContainTextAsync($"Booking {winner} moved to 12:00.");
        // The engine's reason, word for word: the slot holds the other booking now.
        await Expect(loserDesk.Message).ToContainTextAsync($"Booking {loser} stays where it was: 12:00–12:30 overlaps booking {winner}");
        foreach (var desk in new[] { deskA, deskB })
        {
            await Expect(desk.Block(winner)).ToHaveAttributeAsync("data-start", "12:00");
            await Expect(desk.Block(loser)).ToHaveAttributeAsync("data-start", loserStart);
            await Expect(desk.Block(loser)).Not.ToHaveAttributeAsync("aria-busy", "true");
        }
        await a.StepAsync("settled");
        await b.StepAsync("settled");
        var database = await CalendarScreen.DatabaseAsync(site.Api, site.Branch.Id, date);
        Assert.Contains(database, x => x.Number == winner && x.Start == "12:00");
        Assert.Contains(database, x => x.Number == loser && x.Start == loserStart);
    }
}
