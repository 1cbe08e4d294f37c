using System.Net;
using System.Net.Http.Json;
using Frontdesk.Kiosk.Tests.Infrastructure;

namespace Frontdesk.Kiosk.Tests;

/// <summary>The other tests lean on the fake engine keeping the contract; this holds it to it.</summary>
public sealed class the_fake_engine_issues_once_per_key : IAsyncLifetime
{
    private FakeEngine _engine = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _engine = await FakeEngine.StartAsync();
        _http = new HttpClient { BaseAddress = _engine.BaseAddress };
        _http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", FakeEngine.DeviceToken);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _engine.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, string Body)> IssueAsync(string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/queue/branches/{FakeEngine.BranchId}/lines/reception/tickets")
        {
            Content = JsonContent.Create(new { source = "kiosk", kioskId = "k" }),
        };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task the_same_key_replays_the_same_body_and_a_new_key_gets_the_next_number()
    {
        var first = await IssueAsync("key-1");
        var replay = await IssueAsync("key-1");
        var other = await IssueAsync("key-2");

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(first, replay);
        Assert.Contains("\"number\":\"A-001\"", first.Body);
        Assert.Contains("\"number\":\"A-002\"", other.Body);
        Assert.Equal(2, _engine.Issued.Count);
    }

    [Fact]
    public async Task numbers_survive_an_outage()
    {
        await IssueAsync("before");
        await _engine.StopAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => IssueAsync("during"));
        await _engine.StartAgainAsync();

        Assert.Contains("\"number\":\"A-002\"", (await IssueAsync("after")).Body);
    }
}
