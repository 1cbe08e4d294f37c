using Frontdesk.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests.Calendar;

[Collection(CalendarCollection.Name)]
public sealed class a_receptionist_confirms_checks_in_and_cancels_from_a_bookings_block(CalendarSite site)
{
    [Fact]
    public async Task the_block_opens_the_booking_whose_buttons_take_the_visit_on_and_a_cancellation_asks_why_first()
    {
        // A day and specialist no other calendar test books: they share the site.
        var date = CalendarSite.Today.AddDays(8);
        var specialist = site.Branch.SpecialistIds[0];
        const string phone = "+7 955 000-80-01";
        var first = await site.Branch.BookAsync(site.Api, specialist, date, "10:00", "Dialog Client", phone);
        var second = await site.Branch.BookAsync(site.Api, specialist, date, "12:00", "Dialog Client", phone);
        await using var desk = await site.OpenDeskAsync("receptionist", date);
        var (session, page) = (desk.Session, desk.Page);
        var dialog = page.Locator("dialog[data-dialog=booking]");

        await desk.Block(first).Locator(".cal-when").ClickAsync();
        await Expect(dialog.Locator("h2")).ToHaveTextAsync($"Booking {first}");
        await Expect(dialog.Locator("[data-field=client] dd")).ToContainTextAsync("Dialog Client");
        await Expect(dialog.Locator("[data-field=status] dd")).ToHaveTextAsync("Unconfirmed");
        await Expect(dialog.GetByLabel("Why is it cancelled?")).ToBeHiddenAsync();
        await session.StepAsync("booking-dialog");
        await dialog.Locator("[data-action=confirm]").ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(desk.Block(first)).ToHaveAttributeAsync("data-status", "Confirmed");
        await Expect(desk.Message).ToContainTextAsync($"Booking {first} confirmed.");

        // The keyboard reaches it too: the block takes the focus and Enter opens it.
        await desk.Block(first).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(dialog.Locator("[data-action=confirm]")).ToHaveCountAsync(0);
        await dialog.Locator("[data-action=check-in]").ClickAsync();

        await Expect(desk.Block(first)).ToHaveAttributeAsync("data-status", "Arrived");
        await Expect(desk.Summary("arrived")).ToHaveTextAsync("1");
        await session.StepAsync("checked-in");

        await desk.Block(second).Locator(".cal-when").ClickAsync();
        await Expect(dialog.GetByLabel("Why is it cancelled?")).ToBeHiddenAsync();
        await dialog.Locator("[data-action=cancel]").ClickAsync();
        await Expect(dialog.GetByLabel("Why is it cancelled?")).ToBeVisibleAsync();
        await dialog.Locator("[data-action=cancel]").ClickAsync();
        await Expect(dialog.Locator(".bf-error")).ToContainTextAsync("Say why");
        await dialog.GetByLabel("Why is it cancelled?").FillAsync("the client called");
        await session.StepAsync("cancel-with-reason");
        await dialog.Locator("[data-action=cancel]").ClickAsync();

        await Expect(desk.Block(second)).ToHaveCountAsync(0);
        await Expect(desk.Message).ToContainTextAsync($"Booking {second} cancelled.");
        var stored = await site.Api.GetAsync($"/api/bookings/{second}");
        Assert.Equal(("Cancelled", "the client called"), (stored.GetProperty("status").GetString(), stored.GetProperty("cancelReason").GetString()));
        await session.StepAsync("cancelled");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task a_cancellation_made_by_mistake_is_undone_from_the_bookings_history()
    {
        var date = CalendarSite.Today.AddDays(9);
        var specialist = site.Branch.SpecialistIds[2];
        var number = await site.Branch.BookAsync(site.Api, specialist, date, "15:00", "History Client", "+7 955 000-90-01");
        await site.Api.PostAsync($"/api/bookings/{number}/cancel", new { reason = "pressed the wrong block" });
        // The owner's desk: history and undo are a manager's (a receptionist is refused them by the engine).
        await using var desk = await site.OpenDeskAsync("owner", date);
        var (session, page) = (desk.Session, desk.Page);
        var dialog = page.Locator("dialog[data-dialog=booking]");
        await page.GetByLabel("Show cancelled").CheckAsync();
        await Expect(desk.Block(number)).ToHaveAttributeAsync("data-status", "Cancelled");

        await desk.Block(number).Locator(".cal-when").ClickAsync();
        await dialog.Locator("[data-action=history]").ClickAsync();
        var entries = dialog.Locator(".bd-history li");
        await Expect(entries).ToHaveCountAsync(2);
        await Expect(entries.First).ToContainTextAsync("Cancelled");
        await Expect(entries.Last).ToContainTextAsync("Booked");
        await session.StepAsync("history");
        await entries.First.Locator("[data-undo]").ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(desk.Block(number)).ToHaveAttributeAsync("data-status", "Unconfirmed");
        await Expect(desk.Message).ToContainTextAsync($"Booking {number}: the change is undone.");
        await session.StepAsync("put-back");
        var stored = await site.Api.GetAsync($"/api/bookings/{number}");
        Assert.Equal("Unconfirmed", stored.GetProperty("status").GetString());
        Assert.Empty(session.Errors);
    }
}
