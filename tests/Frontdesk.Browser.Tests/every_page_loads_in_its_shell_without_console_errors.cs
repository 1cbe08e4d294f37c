using System.Text.RegularExpressions;
using Frontdesk.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class every_page_loads_in_its_shell_without_console_errors(BrowserSite site)
{
    [Fact]
    public async Task the_root_address_opens_the_calendar()
    {
        await using var session = await site.OpenAsync();

        var response = await session.Page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        // The document came from /calendar; the page then writes the branch and day it shows into the address.
        Assert.Equal(new Uri(site.Address, "/calendar"), new Uri(response.Url));
        await Expect(session.Page.Locator("main[data-page=calendar] section.cal")).ToHaveAttributeAsync("data-live", "live");
        await Expect(session.Page).ToHaveURLAsync(new Regex(@"/calendar\?branch=[^&]+&date=\d{4}-\d{2}-\d{2}$"));
        await Expect(session.Page.Locator("header")).ToContainTextAsync("Frontdesk");
        await Expect(session.Page).ToHaveTitleAsync("Calendar · Frontdesk");
        await session.StepAsync("calendar");
        Assert.Empty(session.Errors);
    }

    [Theory]
    [InlineData("/lobby", "lobby", "Choose a branch")]
    [InlineData("/desk", "desk", "Choose a branch")]
    [InlineData("/desk?branch=moscow-arbat", "desk", "Choose a desk")]
    [InlineData("/ticket/A-015", "ticket", "There is no such ticket. Please check the address, or ask at reception.")]
    public async Task the_page_draws_its_first_screen_and_logs_no_error(string address, string page, string text)
    {
        await using var session = await site.OpenAsync(variant: $"{page}{(address.Contains('?') ? "-branch" : "")}");

        await session.Page.GotoAsync(address);

        await Expect(session.Page.Locator($"main[data-page={page}]")).ToContainTextAsync(text);
        await Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await session.StepAsync(page);
        Assert.Empty(session.Errors);
    }
}
