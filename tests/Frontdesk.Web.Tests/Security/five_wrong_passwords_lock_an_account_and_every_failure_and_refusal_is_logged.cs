using System.Net;
using Frontdesk.Grains.Demo;
using Frontdesk.Grains.Security;
using Frontdesk.Silo;
using Frontdesk.TestSupport.Security;
using Frontdesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Web.Tests.Security;

public sealed class five_wrong_passwords_lock_an_account_and_every_failure_and_refusal_is_logged(DemoApi api) : IClassFixture<DemoApi>
{
    private IAccessLogGrain Log(string scope) =>
        api.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccessLogGrain>($"{scope}/{DemoApi.Now:yyyy-MM-dd}");

    [Fact]
    public async Task after_five_failures_even_the_right_password_is_refused_until_the_lockout_ends()
    {
        var login = SignIn.Demo("cashier", DemoBranches.Arbat);
        using var http = api.Anonymous();

        for (var i = 0; i < StaffAccountGrain.FailuresBeforeLockout - 1; i++)
            Assert.Contains("sign-in-failed", await (await SignInAsync(http, login, "wrong")).Content.ReadAsStringAsync());
        Assert.Contains("account-locked", await (await SignInAsync(http, login, "wrong")).Content.ReadAsStringAsync());
        var whileLocked = await SignInAsync(http, login, SignIn.DemoPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, whileLocked.StatusCode);
        Assert.Contains("account-locked", await whileLocked.Content.ReadAsStringAsync());
        api.Time.Advance(StaffAccountGrain.LockoutDuration + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(http, login, SignIn.DemoPassword)).StatusCode);
        var failures = (await Log("chain").GetAsync()).Where(r => r.Who == login).ToList();
        Assert.Equal(StaffAccountGrain.FailuresBeforeLockout + 1, failures.Count);
        Assert.All(failures, f => Assert.StartsWith("sign-in failed", f.Reason));
    }

    [Fact]
    public async Task an_unknown_login_gets_the_same_answer_as_a_wrong_password_and_is_logged()
    {
        using var http = api.Anonymous();

        var unknown = await SignInAsync(http, "nobody-here", "whatever-password");
        var wrong = await SignInAsync(http, SignIn.Demo("reception", DemoBranches.Yekaterinburg), "whatever-password");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(await wrong.Content.ReadAsStringAsync().ContinueWith(t => Code(t.Result)), Code(await unknown.Content.ReadAsStringAsync()));
        Assert.Contains(await Log("chain").GetAsync(), r => r.Who == "nobody-here" && r.Reason.Contains("unknown login"));
    }

    [Fact]
    public async Task a_refused_call_is_in_its_branchs_access_log_and_its_audit_entry_names_who()
    {
        using var cashier = await api.As(SignIn.Demo("cashier", DemoBranches.Tverskaya));

        var refused = await cashier.PostAsync($"/api/queue/branches/{DemoBranches.Arbat}/lines/{DemoQueues.Reception}/tickets", new { source = "reception" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var logged = Assert.Single(await Log(DemoBranches.Arbat).GetAsync(), r => r.Who == SignIn.Demo("cashier", DemoBranches.Tverskaya));
        Assert.Contains("QueueIssue", logged.Reason);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient http, string login, string password) =>
        http.PostAsync("/api/auth/sign-in", System.Net.Http.Json.JsonContent.Create(new { login, password }));

    private static string? Code(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("code").GetString();
}
