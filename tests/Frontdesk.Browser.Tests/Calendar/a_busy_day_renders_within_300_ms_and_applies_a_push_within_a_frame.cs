using System.Globalization;
using System.Text;
using Frontdesk.Browser.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Frontdesk.Browser.Tests.Calendar;

/// <summary>
/// Twenty specialists and three hundred bookings on one day of a branch added through the catalog API. The page measures
/// itself (window.__frontdesk.metrics): a render is from the snapshot in hand to the whole grid laid out; a change is from
/// the pushed column in hand to that column redrawn and laid out. Script, style and layout count; the paint after does
/// not. The figures go to the test output and TestResults/calendar-browser-performance.md.
/// </summary>
[Collection(CalendarCollection.Name)]
public sealed class a_busy_day_renders_within_300_ms_and_applies_a_push_within_a_frame(CalendarSite site, ITestOutputHelper output)
{
    private const int Specialists = 20;
    private const int PerSpecialist = 15;
    private const int Bookings = Specialists * PerSpecialist;
    private const int Loads = 5;
    private const int Pushes = 20;

    [Fact]
    public async Task twenty_columns_and_three_hundred_bookings_render_under_300_ms_and_a_push_applies_under_16_ms()
    {
        var date = CalendarSite.Today.AddDays(5);
        var names = Enumerable.Range(1, Specialists).Select(i => $"Master {i:00}").ToArray();
        var branch = await TestBranch.CreateAsync(site.Api, "calendar-busy", "BSY", names, 201, CalendarSite.Today, ("08:00", "22:00"));
        var unconfirmed = await BookTheDayAsync(branch, date);
        await using var session = await site.OpenAsync("receptionist");
        var desk = new CalendarScreen(session);

        var renders = new List<PageMeasurement>();
        var firstGrid = new List<double>();
        for (var load = 0; load < Loads; load++)
        {
            await desk.OpenAsync(branch.Id, date);
            await Expect(desk.Page.Locator(".cal-block-first")).ToHaveCountAsync(Bookings);
            var metrics = await PageMetrics.ReadAsync(desk.Page);
            renders.Add(metrics.Renders.First(m => m.Bookings == Bookings));
            firstGrid.Add(metrics.FirstGridAt);
        }
        await session.StepAsync("busy-day");

        foreach (var number in unconfirmed.Take(Pushes))
        {
            await site.Api.PostAsync($"/api/bookings/{number}/confirm", new { });
            await Expect(desk.Block(number)).ToHaveAttributeAsync("data-status", "Confirmed");
        }
        await session.StepAsync("after-pushes");
        var changes = (await PageMetrics.ReadAsync(desk.Page)).Changes.Where(m => m.Bookings == Bookings).ToList();

        Assert.All(renders, m => Assert.Equal(Specialists, m.Columns));
        Assert.True(changes.Count >= Pushes, $"expected a measured change per push, got {changes.Count}");
        var render = Figures.Of(renders.Select(m => m.Ms));
        var change = Figures.Of(changes.Select(m => m.Ms));
        var report = Report(render, change, Figures.Of(firstGrid), changes.Count);
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(Screenshots.ArtifactsRoot(), "calendar-browser-performance.md"), report);
        Assert.True(render.Median < 300, $"a busy day renders in {render.Median:0.0} ms (median of {Loads}); the aim is under 300 ms\n{report}");
        Assert.True(change.Median < 16, $"a pushed change applies in {change.Median:0.0} ms (median of {changes.Count}); the aim is under 16 ms\n{report}");
    }

    /// <summary>Fifteen half-hour visits a specialist, fifty minutes apart from 08:00; thirty clients; a third confirmed, a quarter online.</summary>
    private async Task<List<string>> BookTheDayAsync(TestBranch branch, DateOnly date)
    {
        var unconfirmed = await Task.WhenAll(branch.SpecialistIds.Select(async (specialist, column) =>
        {
            var numbers = new List<string>();
            for (var i = 0; i < PerSpecialist; i++)
            {
                var start = TimeOnly.FromTimeSpan(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(50 * i)).ToString("HH:mm", CultureInfo.InvariantCulture);
                var client = (column * 7 + i) % 30;
                var number = await branch.BookAsync(site.Api, specialist, date, start, $"Busy Client {client:00}", $"+7 955 100-00-{client:00}",
                    confirmed: i % 3 == 0, source: i % 4 == 1 ? "Online" : "Reception");
                if (i % 3 != 0) numbers.Add(number);
            }
            return numbers;
        }));
        // Interleaved across columns, so the pushes land all over the grid.
        return [.. unconfirmed.SelectMany(numbers => numbers.Select((number, index) => (number, index))).OrderBy(x => x.index).Select(x => x.number)];
    }

    private static string Report(Figures render, Figures change, Figures firstGrid, int changes)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Busy day: {Specialists} specialists, {Bookings} bookings, headless Chromium ({Chromium.ExecutablePath}), 1280×1000.");
        text.AppendLine("| what | median | p95 | max |");
        text.AppendLine("| --- | --- | --- | --- |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| render the day: snapshot in hand → grid laid out ({Loads} page loads) | {render.Median:0.0} ms | {render.P95:0.0} ms | {render.Max:0.0} ms |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| apply a pushed change: column in hand → redrawn and laid out ({changes} pushes) | {change.Median:0.0} ms | {change.P95:0.0} ms | {change.Max:0.0} ms |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| navigation start → grid first shown (network, hub, catalog included) | {firstGrid.Median:0} ms | {firstGrid.P95:0} ms | {firstGrid.Max:0} ms |");
        return text.ToString();
    }
}
