using Frontdesk.Browser.Tests.Infrastructure;
using Frontdesk.TestSupport.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class an_anonymous_reader_is_sent_to_sign_in_and_comes_back_signed_in(BrowserSite site)
{
    private const string Branch = "moscow-tverskaya";

    [Fact]
    public async Task the_calendar_sends_to_the_sign_in_page_which_refuses_a_wrong_password_in_russian_then_returns_to_the_calendar()
    {
        await using var session = await site.OpenAsync(locale: "ru-RU", signInAs: null);
        var page = session.Page;

        await page.GotoAsync($"/calendar?branch={Branch}");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in\\?return="));
        await page.GetByRole(AriaRole.Button, new() { Name = "RU", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Вход");
        await session.StepAsync("sign-in-russian");

        await page.GetByLabel("Логин").FillAsync(SignIn.Demo("reception", Branch));
        await page.GetByLabel("Пароль").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await Expect(page.Locator(".sign-in-message")).ToHaveTextAsync("Неверный логин или пароль.");
        await session.StepAsync("refused");

        await page.GetByLabel("Пароль").FillAsync(SignIn.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/calendar\\?branch={Branch}"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Календарь");
        await Expect(page.Locator("[data-summary=visits] dt")).ToHaveTextAsync("Визиты");
        await session.StepAsync("calendar");
        // The refused sign-in's 401 is the only error the browser may have logged.
        Assert.All(session.Errors, e => Assert.Contains("401", e));
    }

    [Fact]
    public async Task a_lobby_screen_opened_with_its_device_token_shows_the_queue_and_keeps_the_token_out_of_the_address()
    {
        await using var session = await site.OpenAsync(signInAs: null);
        var page = session.Page;

        await page.GotoAsync($"/lobby?branch={Branch}&speech=off&device={Uri.EscapeDataString(SignIn.DemoDeviceToken("display", Branch))}");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Lobby display");
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("device="));
        await Expect(page.Locator("[data-line]").First).ToBeVisibleAsync();
        await session.StepAsync("lobby-as-display");
        Assert.Empty(session.Errors);
    }
}
