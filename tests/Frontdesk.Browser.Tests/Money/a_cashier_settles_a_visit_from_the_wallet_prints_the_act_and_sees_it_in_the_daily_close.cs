using System.Text.RegularExpressions;
using Frontdesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests.Money;

[Collection(CalendarCollection.Name)]
public sealed class a_cashier_settles_a_visit_from_the_wallet_prints_the_act_and_sees_it_in_the_daily_close(CalendarSite site)
{
    [Fact]
    public async Task a_double_press_settles_once_the_act_prints_in_russian_the_close_and_the_card_show_the_money_and_the_card_is_edited()
    {
        const string phone = "+7 955 000-60-01";
        // A day and time no other calendar test books: they share the site, and the drag test fills a slot three days ahead.
        var number = await site.Branch.BookAsync(site.Api, site.Branch.SpecialistIds[1], CalendarSite.Today.AddDays(1), "12:00", "Wallet Client", phone);
        var clientId = (await site.Api.GetAsync($"/api/clients?query={Uri.EscapeDataString(number)}"))[0].GetProperty("id").GetString()!;
        await site.Api.PostAsync($"/api/clients/{clientId}/wallet/deposits", new { amount = 500_000, method = "Card" }, expected: 201);
        await using var session = await site.OpenAsync("cashier");
        var page = session.Page;

        await page.GotoAsync($"/settle/{number}?desk=desk-7");
        await Expect(page.Locator("[data-section=visit]")).ToContainTextAsync(number);
        await Expect(page.Locator("[data-wallet-balance]")).ToHaveAttributeAsync("data-wallet-balance", "500000");
        await page.Locator("input[name=pay-wallet]").FillAsync("1 500");
        await page.Locator("[data-action=preview]").ClickAsync();
        await Expect(page.Locator("[data-section=document]")).ToHaveAttributeAsync("data-status", "preview");
        await Expect(page.Locator("[data-total]")).ToHaveAttributeAsync("data-total", "150000");
        await session.StepAsync("preview");

        await page.Locator("[data-action=settle]").DblClickAsync();

        await Expect(page.Locator("[data-section=document]")).ToHaveAttributeAsync("data-status", "settled");
        await Expect(page.Locator(".money-message")).ToHaveTextAsync("The visit is settled.");
        await Expect(page.Locator("[data-wallet-balance]")).ToHaveAttributeAsync("data-wallet-balance", "350000");
        var wallet = await site.Api.GetAsync($"/api/clients/{clientId}/wallet");
        Assert.Single(wallet.GetProperty("entries").EnumerateArray(), e => e.GetProperty("kind").GetString() == "VisitDebit");
        Assert.Equal(350_000, wallet.GetProperty("balance").GetInt64());
        Assert.Equal("Completed", (await site.Api.GetAsync($"/api/bookings/{number}")).GetProperty("status").GetString());
        await session.StepAsync("settled");

        await page.Locator("button[data-language=ru]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Расчёт визита");
        await Expect(page.Locator("[data-section=document] h2")).ToHaveTextAsync("Проведено");
        var act = await page.Locator("[data-action=act]").GetAttributeAsync("href");
        Assert.EndsWith("lang=ru", act);
        await page.GotoAsync(act!);
        await Expect(page.Locator("h1")).ToContainTextAsync($"Акт оказанных услуг № {number}");
        await Expect(page.Locator("[data-act=total]")).ToContainTextAsync("1 500,00 RUB");
        await session.StepAsync("act");

        await page.GotoAsync($"/close?branch={site.Branch.Id}&desk=desk-7");
        await Expect(page.Locator("tr[data-method=Wallet] td")).ToContainTextAsync("1 500,00");
        await Expect(page.Locator("[data-section=branch]")).ToContainTextAsync(number);
        await page.Locator("input[name=closed-by]").FillAsync("manager");
        await page.Locator("[data-action=close-day]").ClickAsync();
        await Expect(page.Locator("[data-closed]")).ToContainTextAsync("manager");
        await session.StepAsync("closed");

        await page.GotoAsync($"/client/{clientId}");
        await Expect(page.Locator("[data-balance]")).ToHaveAttributeAsync("data-balance", "350000");
        await Expect(page.Locator("[data-table=ledger] tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-table=ledger] tr[data-entry=VisitDebit]")).ToContainTextAsync(new Regex(@"Оплата визита.*1\s500,00"));
        await session.StepAsync("client-card");

        await page.Locator("input[name=notes]").FillAsync("Prefers mornings");
        await page.Locator("input[name=consent-sms]").CheckAsync();
        await page.Locator("[data-form=edit] button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-section=card]")).ToContainTextAsync("Prefers mornings");
        await Expect(page.Locator("[data-section=card]")).ToContainTextAsync("СМС: ✓");
        await page.Locator("input[name=phone]").FillAsync("8 955 000-60-02");
        await page.Locator("[data-form=phone] button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-section=card]")).ToContainTextAsync("+79550006002");
        Assert.Equal(clientId, (await site.Api.GetAsync("/api/clients?query=955%20000-60-02"))[0].GetProperty("id").GetString());
        await session.StepAsync("card-edited");

        // The calendar's strip counts the takings of the day the money was taken, at the branch.
        await using var desk = await site.OpenDeskAsync("receptionist", CalendarSite.Today);
        await Expect(desk.Summary("revenue")).ToContainTextAsync("1,500.00");
        await desk.Session.StepAsync("calendar-revenue");
        Assert.True(session.Errors.Count == 0, string.Join("\n", session.Errors));
    }
}
