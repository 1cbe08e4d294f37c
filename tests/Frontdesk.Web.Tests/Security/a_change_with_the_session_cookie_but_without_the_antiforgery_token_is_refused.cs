using System.Net;
using Frontdesk.Grains.Demo;
using Frontdesk.Silo;
using Frontdesk.TestSupport.Security;
using Frontdesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Web.Tests.Security;

/// <summary>What another site's page could make a signed-in browser send: the cookie rides along, the antiforgery header cannot.</summary>
public sealed class a_change_with_the_session_cookie_but_without_the_antiforgery_token_is_refused(DemoApi api) : IClassFixture<DemoApi>
{
    [Fact]
    public async Task the_cookie_alone_gets_403_and_changes_nothing_and_with_the_header_the_same_change_is_made()
    {
        var session = await SignIn.SessionAsync(api.Anonymous(), SignIn.Demo("reception", DemoBranches.Tverskaya));
        using var forged = api.Anonymous();
        forged.DefaultRequestHeaders.Add("Cookie", session.CookieHeader);
        using var changes = new ChangeRecorder(api.Services.GetRequiredService<GrainChangeFeed>());
        var path = $"/api/queue/branches/{DemoBranches.Tverskaya}/lines/{DemoQueues.Reception}/tickets";

        using var refused = await new ApiClient(forged).PostAsync(path, new { source = "reception" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("antiforgery", await refused.Content.ReadAsStringAsync());
        Assert.Empty(changes.Changes);
        Assert.Equal(HttpStatusCode.OK, (await forged.GetAsync($"/api/queue/branches/{DemoBranches.Tverskaya}/lines")).StatusCode);

        forged.DefaultRequestHeaders.Add(SignIn.AntiforgeryHeader, session.Antiforgery);
        using var made = await new ApiClient(forged).PostAsync(path, new { source = "reception" });
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
    }

    [Fact]
    public async Task another_users_antiforgery_token_does_not_fit_this_session()
    {
        var mine = await SignIn.SessionAsync(api.Anonymous(), SignIn.Demo("reception", DemoBranches.Tverskaya));
        var theirs = await SignIn.SessionAsync(api.Anonymous(), SignIn.Demo("manager", DemoBranches.Tverskaya));
        using var mixed = api.Anonymous();
        SignIn.Use(mixed, mine with { Antiforgery = theirs.Antiforgery });

        using var refused = await new ApiClient(mixed).PostAsync($"/api/queue/branches/{DemoBranches.Tverskaya}/lines/{DemoQueues.Reception}/tickets", new { source = "reception" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
