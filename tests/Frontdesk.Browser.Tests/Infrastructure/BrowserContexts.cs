using Frontdesk.TestSupport.Security;
using Microsoft.Playwright;

namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>A fresh browser context (own storage and cookies: another person at another desk) as a test session.</summary>
public static class BrowserContexts
{
    /// <summary>Signed in as <paramref name="signInAs"/> through the engine's sign-in (the context keeps its cookies); null stays anonymous.</summary>
    public static async Task<BrowserSession> OpenAsync(IBrowser browser, Uri address, string locale, string timeZone, string screenshots, ViewportSize viewport,
        string? signInAs = SignIn.DemoOwner)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            Locale = locale,
            TimezoneId = timeZone,
            ViewportSize = viewport,
        });
        if (signInAs is not null)
        {
            var response = await context.APIRequest.PostAsync(new Uri(address, "/api/auth/sign-in").ToString(),
                new APIRequestContextOptions { DataObject = new { login = signInAs, password = SignIn.DemoPassword } });
            if (!response.Ok) throw new InvalidOperationException($"Signing in as {signInAs} failed: {response.Status} {await response.TextAsync()}");
        }
        return await BrowserSession.StartAsync(context, screenshots);
    }
}
