using Frontdesk.TestSupport;
using Microsoft.Playwright;

namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>One test's page: what the browser reported as errors, and a screenshot for each step.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly string _screenshots;
    private readonly List<string> _errors = [];
    private int _step;

    private BrowserSession(IBrowserContext context, IPage page, string screenshots)
    {
        _context = context;
        _screenshots = screenshots;
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") Record($"console: {message.Text} ({message.Location})"); };
        page.PageError += (_, error) => Record($"uncaught: {error}");
        page.RequestFailed += (_, request) => Record($"request failed: {request.Method} {request.Url} {request.Failure}");
    }

    public IPage Page { get; }

    /// <summary>Errors the page logged, threw, or failed to load, in the order they came.</summary>
    public IReadOnlyList<string> Errors { get { lock (_errors) return [.. _errors]; } }

    public static async Task<BrowserSession> StartAsync(IBrowserContext context, string screenshots)
    {
        // Playwright's own waits get a deadline long enough for a loaded CI machine, short enough to fail a test usefully.
        context.SetDefaultTimeout(15_000);
        return new BrowserSession(context, await context.NewPageAsync(), screenshots);
    }

    /// <summary>Saves what the page shows now as &lt;nn&gt;-&lt;step&gt;.png.</summary>
    public async Task StepAsync(string step)
    {
        var file = Path.Combine(_screenshots, $"{++_step:00}-{step}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }

    /// <summary>
    /// Waits, with a deadline, for a condition that no locator expresses (storage, a value computed in the page);
    /// for what the page shows, Playwright's Expect(…) already waits.
    /// </summary>
    public Task WaitUntilAsync(Func<Task<bool>> condition, string what) => Eventually.TrueAsync(condition, what, TimeSpan.FromSeconds(15));

    public async ValueTask DisposeAsync()
    {
        // The page as the test left it: after a failed assertion, this is the picture that explains it.
        await StepAsync("end");
        await _context.DisposeAsync();
    }

    private void Record(string error)
    {
        lock (_errors) _errors.Add(error);
    }
}
