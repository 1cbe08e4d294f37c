using Microsoft.Playwright;

namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>A fresh browser context (own storage and cookies: another person at another desk) as a test session.</summary>
public static class BrowserContexts
{
    public static async Task<BrowserSession> OpenAsync(IBrowser browser, Uri address, string locale, string timeZone, string screenshots, ViewportSize viewport)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            Locale = locale,
            TimezoneId = timeZone,
            ViewportSize = viewport,
        });
        return await BrowserSession.StartAsync(context, screenshots);
    }
}
