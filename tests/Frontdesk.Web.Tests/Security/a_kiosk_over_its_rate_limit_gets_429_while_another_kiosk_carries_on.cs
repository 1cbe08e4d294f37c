using System.Net;
using Frontdesk.Grains.Demo;
using Frontdesk.TestSupport;
using Frontdesk.TestSupport.Security;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Security;

public sealed class a_kiosk_over_its_rate_limit_gets_429_while_another_kiosk_carries_on : IAsyncLifetime
{
    private const int PerMinute = 20;
    private readonly TempFolder _folder = new();
    private FrontdeskFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new FrontdeskFactory(new Dictionary<string, string?>
        {
            ["Frontdesk:DataDirectory"] = _folder.Path,
            ["Frontdesk:RateLimits:DevicePerMinute"] = PerMinute.ToString(),
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task the_noisy_kiosk_is_refused_with_retry_after_and_the_quiet_one_is_served()
    {
        using var noisy = Device(SignIn.DemoDeviceToken("kiosk", DemoBranches.Tverskaya));
        using var quiet = Device(SignIn.DemoDeviceToken("kiosk", DemoBranches.Arbat));

        var answers = await Task.WhenAll(Enumerable.Range(0, PerMinute * 2).Select(_ => noisy.GetAsync($"/api/queue/branches/{DemoBranches.Tverskaya}/lines")));
        var other = await quiet.GetAsync($"/api/queue/branches/{DemoBranches.Arbat}/lines");

        Assert.Equal(PerMinute, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        var limited = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(PerMinute, limited.Count);
        Assert.All(limited, a => Assert.NotNull(a.Headers.RetryAfter));
        Assert.Contains("rate-limited", await limited[0].Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private HttpClient Device(string token)
    {
        var http = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        SignIn.UseDevice(http, token);
        return http;
    }
}
