using System.Net;
using System.Text.Json;
using Frontdesk.TestSupport;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests;

public sealed class a_fresh_sqlite_start_serves_the_demo_catalog_and_finds_its_clients : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private FrontdeskFactory Start(string? seed = null) => new(new Dictionary<string, string?>
    {
        ["Frontdesk:DataDirectory"] = _folder.Path,
        ["Frontdesk:Demo:Seed"] = seed,
    });

    [Fact]
    public async Task the_catalog_shows_the_seeded_chain_and_a_demo_client_is_found_by_name_and_by_phone()
    {
        await using var factory = Start();
        using var client = await factory.SignedInAsync();

        using var catalog = await GetJsonAsync(client, "/api/catalog");
        using var byName = await GetJsonAsync(client, "/api/clients?query=ivanova");
        using var byPhone = await GetJsonAsync(client, "/api/clients?query=8%20(900)%20000-00-12");

        var root = catalog.RootElement;
        Assert.Equal("White Lily Clinic & Spa", root.GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal(3, root.GetProperty("branches").GetArrayLength());
        Assert.Equal(12, root.GetProperty("specialists").GetArrayLength());
        Assert.Equal(30, root.GetProperty("services").GetArrayLength());
        Assert.Contains(root.GetProperty("branches").EnumerateArray(), b => b.GetProperty("timeZone").GetString() == "Asia/Yekaterinburg");
        Assert.Contains(root.GetProperty("branches")[0].GetProperty("openingHours").EnumerateArray(), h => h.GetProperty("day").GetString() == "Monday");
        Assert.Contains(byName.RootElement.EnumerateArray(), c => c.GetProperty("name").GetString() == "Anna Ivanova");
        Assert.Equal("Mikhail Andreev", Assert.Single(byPhone.RootElement.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task a_refused_query_and_an_unknown_client_come_back_as_problem_details_with_their_code()
    {
        await using var factory = Start();
        using var client = await factory.SignedInAsync();

        var tooShort = await client.GetAsync("/api/clients?query=a");
        var unknown = await client.GetAsync("/api/clients/cl-zzzzzzzzzzzz");

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal("application/problem+json", tooShort.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await tooShort.Content.ReadAsStringAsync());
        Assert.Equal("invalid-client-search", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("2 characters", problem.RootElement.GetProperty("query").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var missing = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync());
        Assert.Equal("unknown-client", missing.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task with_seeding_turned_off_the_catalog_is_empty_and_a_later_start_with_it_on_seeds_once()
    {
        await using (var off = Start(seed: "false"))
        {
            using var client = await off.SignedInAsync();
            using var catalog = await GetJsonAsync(client, "/api/catalog");
            Assert.Equal(0, catalog.RootElement.GetProperty("branches").GetArrayLength());
            // Demo accounts come only with the demo data.
            using var anonymous = off.CreateClient();
            await Assert.ThrowsAsync<InvalidOperationException>(() => Frontdesk.TestSupport.Security.SignIn.SessionAsync(anonymous,
                Frontdesk.TestSupport.Security.SignIn.DemoOwner));
        }
        long version;
        await using (var on = Start(seed: "true"))
        {
            using var catalog = await GetJsonAsync(await on.SignedInAsync(), "/api/catalog");
            version = catalog.RootElement.GetProperty("version").GetInt64();
        }
        await using var again = Start();
        using var after = await GetJsonAsync(await again.SignedInAsync(), "/api/catalog");

        Assert.True(version > 0);
        Assert.Equal(version, after.RootElement.GetProperty("version").GetInt64());
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
