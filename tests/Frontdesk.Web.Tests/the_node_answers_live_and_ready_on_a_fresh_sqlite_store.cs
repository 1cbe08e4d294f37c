using System.Net;
using System.Net.Http.Json;
using Frontdesk.TestSupport;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests;

public sealed class the_node_answers_live_and_ready_on_a_fresh_sqlite_store
{
    [Fact]
    public async Task health_and_ready_are_ok_and_the_database_file_is_created()
    {
        using var folder = new TempFolder();
        await using var factory = new FrontdeskFactory(new Dictionary<string, string?> { ["Frontdesk:DataDirectory"] = folder.Path });
        using var client = await factory.SignedInAsync();

        var live = await client.GetAsync("/health");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("journal on sqlite reachable", await ready.Content.ReadAsStringAsync());
        Assert.True(File.Exists(folder.File("frontdesk.db")));
        var node = await client.GetFromJsonAsync<NodeInfo>("/api/node");
        Assert.Equal("sqlite", node!.Storage);
    }
}
