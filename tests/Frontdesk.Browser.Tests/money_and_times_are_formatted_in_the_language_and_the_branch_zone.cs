using Frontdesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests;

/// <summary>
/// Through the formats page: 1234567 minor units of RUB, and 07:30 UTC on 2026-03-08 (the day New York moves its clocks
/// forward) at a branch in New York, seen by a browser whose own zone is Tokyo. What is expected is computed here with
/// Intl directly, not through the app's code, and checked against the literal text as well.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class money_and_times_are_formatted_in_the_language_and_the_branch_zone(BrowserSite site)
{
    private const string Address = "/app/pages/formats.html?minor=1234567&currency=RUB&at=2026-03-08T07:30:00Z&zone=America/New_York&day=2026-03-08";

    [Fact]
    public async Task english_then_russian_show_money_dates_and_times_as_intl_does_in_that_locale()
    {
        await using var session = await site.OpenAsync(locale: "en-US", timeZone: "Asia/Tokyo");
        var page = session.Page;
        await page.GotoAsync(Address);

        await ExpectFormats(page, "en-US", money: "RUB 12,345.67", date: "Mar 8, 2026", time: "3:30 AM", day: "Sunday, March 8, 2026");
        await session.StepAsync("english");

        await page.GetByRole(AriaRole.Button, new() { Name = "RU" }).ClickAsync();

        await ExpectFormats(page, "ru", money: "12 345,67 ₽", date: "8 мар. 2026 г.", time: "03:30", day: "воскресенье, 8 марта 2026 г.");
        await session.StepAsync("russian");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task an_amount_beyond_what_a_double_holds_keeps_every_digit()
    {
        await using var session = await site.OpenAsync(locale: "en-US");

        await session.Page.GotoAsync("/app/pages/formats.html?minor=9007199254740993&currency=RUB");

        await Expect(session.Page.Locator("[data-format=money]")).ToHaveTextAsync("RUB 90,071,992,547,409.93");
        await session.StepAsync("large-amount");
    }

    private static async Task ExpectFormats(IPage page, string locale, string money, string date, string time, string day)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", locale[..2]);
        var intl = await page.EvaluateAsync<Dictionary<string, string>>(
            """
            locale => ({
              money: new Intl.NumberFormat(locale, { style: 'currency', currency: 'RUB' }).format(12345.67),
              date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'America/New_York' }).format(new Date(Date.UTC(2026, 2, 8, 7, 30))),
              time: new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'America/New_York' }).format(new Date(Date.UTC(2026, 2, 8, 7, 30))),
              day: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 2, 8))),
            })
            """,
            locale);
        foreach (var (name, literal) in new[] { ("money", money), ("date", date), ("time", time), ("day", day) })
        {
            var shown = await page.Locator($"[data-format={name}]").TextContentAsync();
            Assert.Equal(intl[name], shown);
            Assert.Equal(literal, Plain(shown!));
        }
    }

    // Intl puts no-break spaces between digit groups and before units; the literals above use plain ones.
    private static string Plain(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
