using System.Net;
using Frontdesk.TestSupport;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests;

public sealed class ready_follows_the_database_going_away_and_coming_back : IAsyncLifetime
{
    private TemporaryPostgres _postgres = null!;

    public async Task InitializeAsync() => _postgres = await TemporaryPostgres.StartAsync();

    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    [Fact]
    public async Task live_stays_ok_while_ready_reports_the_outage()
    {
        await using var factory = new FrontdeskFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Frontdesk"] = _postgres.ConnectionString,
            ["Frontdesk:Silo:StorageBreakDuration"] = "00:00:00.500",
        });
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await _postgres.StopAsync();

        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.ServiceUnavailable,
            "ready to report the database down");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var report = await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync();
        Assert.Contains("\"name\":\"journal\"", report);
        Assert.Contains("journal on postgresql unreachable", report);

        await _postgres.StartAgainAsync();

        await Eventually.TrueAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
            "ready to recover by itself", TimeSpan.FromSeconds(30));
    }
}
