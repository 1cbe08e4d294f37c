using Frontdesk.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class the_calendar_page_switches_to_russian_and_back(BrowserSite site)
{
    [Fact]
    public async Task the_switch_changes_the_visible_text_and_is_remembered_across_a_reload()
    {
        await using var session = await site.OpenAsync(locale: "en-US");
        var page = session.Page;
        await page.GotoAsync("/calendar");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Calendar");
        await session.StepAsync("english");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "RU", Exact = true }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Календарь");
        await Expect(page.GetByLabel("Филиал")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-summary=visits] dt")).ToHaveTextAsync("Визиты");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page).ToHaveTitleAsync("Календарь · Frontdesk");
        await Expect(page.Locator("button[data-language=ru]")).ToHaveAttributeAsync("aria-pressed", "true");
        await session.WaitUntilAsync(async () => await page.EvaluateAsync<string?>("localStorage.getItem('frontdesk.language')") == "ru", "the choice to be stored");
        await session.StepAsync("russian");

        await page.ReloadAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Календарь");
        await session.StepAsync("russian-after-reload");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "EN", Exact = true }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Calendar");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await session.StepAsync("english-again");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task a_browser_that_prefers_russian_opens_in_russian()
    {
        await using var session = await site.OpenAsync(locale: "ru-RU");

        await session.Page.GotoAsync("/lobby");

        await Expect(session.Page.Locator("h1")).ToHaveTextAsync("Табло в зале");
        await Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await session.StepAsync("russian");
    }
}
