using System.Net;
using Frontdesk.Grains.Demo;
using Frontdesk.TestSupport.Security;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Security;

public sealed class a_manager_issues_and_revokes_device_tokens_and_sets_up_only_their_branchs_staff(DemoApi api) : IClassFixture<DemoApi>
{
    private const string Branch = DemoBranches.Yekaterinburg;

    [Fact]
    public async Task a_new_kiosk_token_works_at_once_and_stops_at_once_when_revoked()
    {
        using var manager = await api.As(SignIn.Demo("manager", Branch));
        var issued = await ApiClient.JsonOf(await manager.PostAsync($"/api/branches/{Branch}/devices", new { deviceId = "ekb-kiosk-7", role = "KioskDevice" }), 201);
        var token = issued.GetProperty("token").GetString()!;
        using var kiosk = api.AsDevice(token);

        Assert.Equal(HttpStatusCode.OK, (await kiosk.GetAsync($"/api/queue/branches/{Branch}/lines")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kiosk.GetAsync($"/api/queue/branches/{DemoBranches.Arbat}/lines")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kiosk.GetAsync($"/api/branches/{Branch}/calendar/{Bodies.Date(DemoApi.Today)}")).StatusCode);
        using var forged = api.AsDevice("ekb-kiosk-7.not-the-secret");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync($"/api/queue/branches/{Branch}/lines")).StatusCode);

        await ApiClient.JsonOf(await manager.PostAsync($"/api/branches/{Branch}/devices/ekb-kiosk-7/revoke", new { }), 200);

        Assert.Equal(HttpStatusCode.Unauthorized, (await kiosk.GetAsync($"/api/queue/branches/{Branch}/lines")).StatusCode);
    }

    [Fact]
    public async Task a_manager_sets_up_a_receptionist_of_their_branch_but_not_an_owner_nor_anyone_elsewhere()
    {
        using var manager = await api.As(SignIn.Demo("manager", Branch));

        var made = await manager.SendAsync(HttpMethod.Put, "/api/staff/new.receptionist",
            new { displayName = "New Receptionist", role = "Receptionist", branches = new[] { Branch }, password = "a-long-password" });
        var owner = await manager.SendAsync(HttpMethod.Put, "/api/staff/new.owner",
            new { displayName = "Usurper", role = "Owner", branches = Array.Empty<string>(), password = "a-long-password" });
        var elsewhere = await manager.SendAsync(HttpMethod.Put, "/api/staff/arbat.receptionist",
            new { displayName = "Elsewhere", role = "Receptionist", branches = new[] { DemoBranches.Arbat }, password = "a-long-password" });

        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, owner.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        using var newcomer = await api.As("new.receptionist", "a-long-password");
        Assert.Equal(Branch, (await newcomer.GetJsonAsync("/api/auth/me")).GetProperty("branches")[0].GetString());
        using var nobody = api.Anonymous();
        await Assert.ThrowsAsync<InvalidOperationException>(() => SignIn.AsAsync(nobody, "new.owner", "a-long-password"));
    }

    [Fact]
    public async Task an_online_client_sees_their_own_bookings_and_no_one_elses()
    {
        using var client = await api.As(SignIn.DemoClient);
        var me = (await client.GetJsonAsync("/api/auth/me")).GetProperty("clientId").GetString()!;
        var someoneElse = (await api.Client.GetJsonAsync("/api/clients?query=petrova"))[0].GetProperty("id").GetString()!;

        var mine = await client.GetJsonAsync($"/api/clients/{me}/bookings");
        Assert.All(mine.EnumerateArray(), b => Assert.Equal(me, b.GetProperty("client").GetProperty("clientId").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/clients/{someoneElse}/bookings")).StatusCode);
        Assert.Empty((await client.GetJsonAsync("/api/clients?query=petrova")).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/branches/{Branch}/calendar/{Bodies.Date(DemoApi.Today)}")).StatusCode);
        var date = Bodies.Date(DemoApi.Today.AddDays(7));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/days/{DemoBranches.Tverskaya}/{DemoSpecialists.ElenaSmirnova}/{date}/free-starts?services=massage-back")).StatusCode);
        var forSomeoneElse = await client.PostAsync("/api/bookings", new
        {
            branchId = DemoBranches.Tverskaya, specialistId = DemoSpecialists.ElenaSmirnova, date, start = "10:00", serviceIds = new[] { "massage-back" },
            client = new { name = "Someone Else", phone = "+7 901 000-11-22" },
        });
        Assert.Equal(HttpStatusCode.Forbidden, forSomeoneElse.StatusCode);
    }
}
