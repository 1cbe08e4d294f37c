using System.Runtime.CompilerServices;
using Frontdesk.TestSupport;
using Microsoft.Playwright;

namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>
/// The engine for the calendar's browser tests (a <see cref="RestartableServer"/>, demo chain seeded, plus a test branch
/// with three specialists working 09:00–13:00 and 14:00–20:00 every day) and one Chromium. Each receptionist is a
/// browser context of their own.
/// </summary>
public sealed class CalendarSite : IAsyncLifetime
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById(TestBranch.TimeZone);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public RestartableServer Server { get; } = new();

    public EngineApi Api { get; private set; } = null!;

    public TestBranch Branch { get; private set; } = null!;

    /// <summary>Today at the test branch (Moscow).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Moscow).DateTime);

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        Server.Start();
        Api = new EngineApi(Server.Address);
        Branch = await TestBranch.CreateAsync(Api, "calendar-test", "CAL", ["Alla Antonova", "Boris Belov", "Vera Volkova"], 101, Today,
            ("09:00", "13:00"), ("14:00", "20:00"));
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A receptionist's browser: its own context, screenshots in TestResults/screenshots/&lt;class&gt;/&lt;test&gt;-&lt;who&gt;/.</summary>
    public Task<BrowserSession> OpenAsync(string who, string locale = "en-GB", string timeZone = "Asia/Tokyo",
        [CallerFilePath] string testFile = "", [CallerMemberName] string test = "") =>
        BrowserContexts.OpenAsync(_browser!, Server.Address, locale, timeZone,
            Screenshots.FolderFor(Path.GetFileNameWithoutExtension(testFile), $"{test}-{who}"), new ViewportSize { Width = 1280, Height = 1000 });

    /// <summary>A receptionist's desk with the calendar open on a day of the test branch, live.</summary>
    public async Task<CalendarScreen> OpenDeskAsync(string who, DateOnly date, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        var desk = new CalendarScreen(await OpenAsync(who, testFile: testFile, test: test));
        await desk.OpenAsync(Branch.Id, date);
        return desk;
    }

    /// <summary>Stops the engine; <see cref="StartAgainAsync"/> brings it back on the same port and data.</summary>
    public Task StopAsync() => Server.StopAsync();

    public async Task StartAgainAsync()
    {
        Server.Start();
        Api.Dispose();
        Api = new EngineApi(Server.Address);
        await Eventually.TrueAsync(Api.AnswersAsync, "the engine to be ready after its restart", TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        Api.Dispose();
        await Server.DisposeAsync();
    }
}
