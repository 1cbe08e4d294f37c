using System.Net;
using System.Text.RegularExpressions;
using Frontdesk.TestSupport;
using Frontdesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Frontdesk.Web.Tests;

public sealed partial class the_pages_are_served_at_friendly_addresses : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private FrontdeskFactory _factory = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory = new FrontdeskFactory(new Dictionary<string, string?> { ["Frontdesk:DataDirectory"] = _folder.Path });
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task the_root_redirects_to_the_calendar_and_the_node_info_stays()
    {
        var root = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/calendar", root.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync("/api/node")).StatusCode);
        using var owner = await _factory.SignedInAsync();
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/node")).StatusCode);
    }

    [Theory]
    [InlineData("/calendar", "calendar")]
    [InlineData("/lobby", "lobby")]
    [InlineData("/desk", "desk")]
    [InlineData("/ticket/A-015", "ticket")]
    public async Task each_page_is_its_built_html_asked_for_again_each_time_with_scripts_cached_for_good(string address, string page)
    {
        var response = await _client.GetAsync(address);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        var script = EntryScript().Match(html);
        Assert.True(script.Success, $"no /app/assets/{page}-….js script in {html}");
        Assert.StartsWith($"/app/assets/{page}-", script.Groups["src"].Value);

        var asset = await _client.GetAsync(script.Groups["src"].Value);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task an_unknown_page_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/calendarx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/app/assets/missing.js")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _folder.Dispose();
    }

    [GeneratedRegex("""<script type="module" crossorigin src="(?<src>[^"]+)">""")]
    private static partial Regex EntryScript();
}
