using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>One live app and one browser for the whole browser collection; each test opens its own isolated session.</summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly LiveServer _server = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri Address => _server.Address;

    public async Task InitializeAsync()
    {
        // Expect(…) waits up to this long for the page to match: generous for a loaded CI machine, still a deadline.
        Assertions.SetDefaultExpectTimeout(15_000);
        _server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>
    /// A fresh browser context (own storage, so a language chosen in one test does not leak into the next) with the
    /// given browser language and time zone. Screenshots go to TestResults/screenshots/&lt;test class&gt;/&lt;test&gt;/,
    /// or &lt;test&gt;-&lt;variant&gt;/ for each row of a theory.
    /// </summary>
    public async Task<BrowserSession> OpenAsync(
        string locale = "en-US",
        string timeZone = "Asia/Tokyo",
        string? variant = null,
        string? signInAs = Frontdesk.TestSupport.Security.SignIn.DemoOwner,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string test = "")
    {
        return await BrowserContexts.OpenAsync(_browser!, Address, locale, timeZone,
            Screenshots.FolderFor(Path.GetFileNameWithoutExtension(testFile), variant is null ? test : $"{test}-{variant}"),
            new ViewportSize { Width = 1024, Height = 640 }, signInAs);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _server.DisposeAsync();
    }
}
