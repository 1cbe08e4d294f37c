using System.Text.RegularExpressions;
using Frontdesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests.Calendar;

[Collection(CalendarCollection.Name)]
public sealed partial class a_booking_made_at_one_desk_appears_at_the_other_without_a_reload(CalendarSite site)
{
    [Fact]
    public async Task receptionist_a_books_in_the_form_and_receptionist_b_sees_the_block_and_the_count_change()
    {
        var date = CalendarSite.Today.AddDays(2);
        var specialist = site.Branch.SpecialistIds[0];
        await using var deskA = await site.OpenDeskAsync("a", date);
        await using var deskB = await site.OpenDeskAsync("b", date);
        var (a, b) = (deskA.Session, deskB.Session);
        var visitsBefore = int.Parse((await deskB.Summary("visits").TextContentAsync())!);
        await b.Page.EvaluateAsync("() => { window.__sameDocument = true; }");
        await a.StepAsync("opened");
        await b.StepAsync("opened");

        await deskA.Cell(specialist, "11:00").ClickAsync();
        var form = a.Page.Locator("dialog[data-dialog=booking-form]");
        await form.GetByLabel("Find by phone or name").FillAsync("petrova");
        await form.Locator(".bf-client", new() { HasText = "Maria Petrova" }).Locator("input").CheckAsync();
        await form.GetByLabel(new Regex($"^ ?{site.Branch.ServiceName}")).CheckAsync();
        await form.GetByLabel("Notes").FillAsync("Booked at desk A");
        await form.GetByLabel("Confirmed with the client").CheckAsync();
        await a.StepAsync("form-filled");
        await form.GetByRole(AriaRole.Button, new() { Name = "Book", Exact = true }).ClickAsync();

        await Expect(deskA.Message).ToContainTextAsync(BookedMessage());
        var number = BookedMessage().Match((await deskA.Message.TextContentAsync())!).Groups["number"].Value;
        await Expect(deskA.Block(number)).ToHaveClassAsync(new Regex("cal-highlight"));
        await a.StepAsync("booked");

        var block = deskB.Block(number);
        await Expect(block).ToBeVisibleAsync();
        await Expect(block).ToHaveAttributeAsync("data-start", "11:00");
        await Expect(block).ToHaveAttributeAsync("data-specialist", specialist);
        await Expect(block).ToHaveAttributeAsync("data-status", "Confirmed");
        await Expect(block).ToHaveClassAsync(new Regex("status-confirmed"));
        await Expect(block).ToContainTextAsync("Maria Petrova");
        await Expect(deskB.Summary("visits")).ToHaveTextAsync((visitsBefore + 1).ToString());
        Assert.True(await b.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "desk B's page was reloaded");
        await b.StepAsync("sees-the-booking");
        Assert.Empty(a.Errors);
        Assert.Empty(b.Errors);
    }

    [GeneratedRegex(@"Booked (?<number>\S+) at")]
    private static partial Regex BookedMessage();
}
