using System.Net;
using System.Text.Json;
using Frontdesk.TestSupport;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests;

public sealed class the_engine_process_logs_structured_lines_and_serves_health
{
    [Fact]
    public async Task it_starts_on_sqlite_answers_ready_and_every_log_line_is_json()
    {
        using var folder = new TempFolder();
        await using var process = WebProcess.Start(new Dictionary<string, string> { ["Frontdesk__DataDirectory"] = folder.Path });
        using var client = new HttpClient { BaseAddress = process.BaseAddress };

        await Eventually.TrueAsync(async () =>
        {
            try
            {
                return (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "the engine to be ready", TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(() => process.Stdout.Contains("ready on SQLite"), "the ready line in the log");

        var lines = process.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => JsonDocument.Parse(line));
        var ready = lines.Select(l => JsonDocument.Parse(l).RootElement).First(e => e.GetProperty("Message").GetString()!.Contains("ready on SQLite"));
        Assert.Equal("Frontdesk.Silo", ready.GetProperty("Category").GetString());
        Assert.True(ready.GetProperty("State").TryGetProperty("Node", out _), "the node id is a structured field, not only text");
    }
}
