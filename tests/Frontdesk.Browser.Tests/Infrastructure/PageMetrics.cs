using System.Text.Json;
using Microsoft.Playwright;

namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>What the calendar page measured about itself (window.__frontdesk.metrics, see src/calendar/metrics.ts).</summary>
public sealed record PageMetrics(IReadOnlyList<PageMeasurement> Renders, IReadOnlyList<PageMeasurement> Changes, double FirstGridAt)
{
    public static async Task<PageMetrics> ReadAsync(IPage page)
    {
        var metrics = await page.EvaluateAsync<JsonElement>("() => window.__frontdesk.metrics");
        return new PageMetrics(Read(metrics.GetProperty("renders")), Read(metrics.GetProperty("changes")), metrics.GetProperty("firstGridAt").GetDouble());
    }

    private static List<PageMeasurement> Read(JsonElement list) => [.. list.EnumerateArray().Select(m =>
        new PageMeasurement(m.GetProperty("ms").GetDouble(), m.GetProperty("columns").GetInt32(), m.GetProperty("bookings").GetInt32()))];
}
