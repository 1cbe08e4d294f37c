using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>The receptionist's calendar page in one browser (a desk), as a test reads and drives it.</summary>
public sealed class CalendarScreen(BrowserSession session) : IAsyncDisposable
{
    private (float X, float Y)? _grabbed;

    public BrowserSession Session => session;

    public IPage Page => session.Page;

    /// <summary>Saves a screenshot of this desk for the step.</summary>
    public Task StepAsync(string step) => session.StepAsync(step);

    public ILocator Root => Page.Locator("section.cal");

    public ILocator Message => Page.Locator(".cal-message");

    public ILocator Block(string number) => Page.Locator($".cal-block-first[data-number='{number}']");

    public ILocator Cell(string specialistId, string time) => Page.Locator($".cal-col[data-specialist='{specialistId}'] .cal-cell[data-time='{time}']");

    public ILocator Summary(string name) => Page.Locator($"[data-summary='{name}'] dd");

    public async Task OpenAsync(string branchId, DateOnly date)
    {
        await Page.GotoAsync($"/calendar?branch={branchId}&date={TestBranch.Date(date)}");
        await ExpectLiveAsync();
    }

    /// <summary>Waits until the page says it shows the engine's current day (connected, snapshot in).</summary>
    public Task ExpectLiveAsync(float timeout = 15_000) => Expect(Root).ToHaveAttributeAsync("data-live", "live", new() { Timeout = timeout });

    /// <summary>Every booking block on screen (first block of each booking), in no particular order.</summary>
    public async Task<IReadOnlyList<ShownBooking>> ShownAsync()
    {
        var shown = await Page.EvaluateAsync<JsonElement>(
            """
            () => [...document.querySelectorAll('.cal-block-first')].map(b =>
              ({ number: b.dataset.number, specialist: b.dataset.specialist, start: b.dataset.start, status: b.dataset.status }))
            """);
        return [.. shown.EnumerateArray().Select(b => new ShownBooking(
            b.GetProperty("number").GetString()!, b.GetProperty("specialist").GetString()!, b.GetProperty("start").GetString()!, b.GetProperty("status").GetString()!))];
    }

    /// <summary>Presses on a booking's block and starts dragging it (a few pixels), as a hand would before aiming.</summary>
    public async Task GrabAsync(string number)
    {
        var box = await Block(number).BoundingBoxAsync() ?? throw new InvalidOperationException($"Block {number} is not on screen.");
        _grabbed = (box.X + box.Width / 2, box.Y + 4);
        await Page.Mouse.MoveAsync(_grabbed.Value.X, _grabbed.Value.Y);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(_grabbed.Value.X + 3, _grabbed.Value.Y + 6, new() { Steps = 2 });
    }

    /// <summary>Carries the grabbed block so that its top lands on a free cell's row, and lets go.</summary>
    public async Task DropOnAsync(string specialistId, string time)
    {
        var grabbed = _grabbed ?? throw new InvalidOperationException("Nothing is grabbed.");
        var box = await Cell(specialistId, time).BoundingBoxAsync() ?? throw new InvalidOperationException($"No free cell at {time} for {specialistId}.");
        await Page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + 4, new() { Steps = 6 });
        await Page.Mouse.UpAsync();
        _grabbed = null;
    }

    /// <summary>What the database holds for that day: the bookings a calendar shows (cancelled ones left out), local starts.</summary>
    public static async Task<IReadOnlyList<ShownBooking>> DatabaseAsync(EngineApi api, string branchId, DateOnly date)
    {
        var calendar = await api.GetAsync($"/api/branches/{branchId}/calendar/{TestBranch.Date(date)}");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(calendar.GetProperty("branch").GetProperty("timeZone").GetString()!);
        return [.. calendar.GetProperty("columns").EnumerateArray()
            .SelectMany(c => c.GetProperty("day").GetProperty("bookings").EnumerateArray())
            .Where(b => b.GetProperty("status").GetString() != "Cancelled")
            .Select(b => new ShownBooking(b.GetProperty("number").GetString()!, b.GetProperty("specialistId").GetString()!,
                TimeZoneInfo.ConvertTime(b.GetProperty("start").GetDateTimeOffset(), zone).ToString("HH:mm", CultureInfo.InvariantCulture),
                b.GetProperty("status").GetString()!))];
    }

    public static IReadOnlyList<ShownBooking> Sorted(IEnumerable<ShownBooking> bookings) => [.. bookings.OrderBy(b => b.Number, StringComparer.Ordinal)];

    public ValueTask DisposeAsync() => session.DisposeAsync();
}
