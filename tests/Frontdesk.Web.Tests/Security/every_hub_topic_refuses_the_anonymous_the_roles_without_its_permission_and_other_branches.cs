using Frontdesk.Grains.Demo;
using Frontdesk.Grains.Security;
using Frontdesk.TestSupport.Realtime;
using Frontdesk.TestSupport.Security;
using Frontdesk.Web.Security;
using Frontdesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Frontdesk.Web.Tests.Security;

/// <summary>
/// The hub's one data method, Subscribe, over each topic family: a calendar and a queue of one branch refuse the
/// anonymous, the roles without the permission and the staff and devices of another branch; a ticket's own topic is
/// anyone's who holds its id (the printed QR).
/// </summary>
public sealed class every_hub_topic_refuses_the_anonymous_the_roles_without_its_permission_and_other_branches : IAsyncLifetime
{
    private LiveEngine _engine = null!;

    public async Task InitializeAsync() => _engine = await LiveEngine.StartAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task subscribe_checks_role_and_branch_for_every_topic_and_the_ticket_topic_is_open()
    {
        var today = QueueApi.MoscowToday();
        var calendar = $"calendar:{DemoBranches.Tverskaya}:{Bodies.Date(today)}";
        var queue = $"queue:{DemoBranches.Tverskaya}:{Bodies.Date(today)}";
        var otherCalendar = $"calendar:{DemoBranches.Arbat}:{Bodies.Date(today)}";
        var otherQueue = $"queue:{DemoBranches.Arbat}:{Bodies.Date(today)}";
        using var owner = await _engine.HttpAsAsync(SignIn.DemoOwner);
        var ticket = (await QueueApi.OkAsync(await new QueueApi(owner).IssueAsync(DemoQueues.Reception, Guid.NewGuid().ToString(), new { source = "reception" })))
            .GetProperty("ticketId").GetString()!;
        var callers = new List<(string Who, StaffRole? Role, HubCredentials? Credentials)> { ("anonymous", null, null) };
        foreach (var role in new[] { "manager", "reception", "cashier", "specialist" })
            callers.Add((role, role switch { "manager" => StaffRole.BranchManager, "reception" => StaffRole.Receptionist, "cashier" => StaffRole.Cashier, _ => StaffRole.Specialist },
                HubCredentials.Of(await _engine.SessionAsync(SignIn.Demo(role, DemoBranches.Tverskaya)))));
        callers.Add(("online client", StaffRole.OnlineClient, HubCredentials.Of(await _engine.SessionAsync(SignIn.DemoClient))));
        callers.Add(("kiosk", StaffRole.KioskDevice, HubCredentials.Device(SignIn.DemoDeviceToken("kiosk", DemoBranches.Tverskaya))));
        callers.Add(("display", StaffRole.DisplayDevice, HubCredentials.Device(SignIn.DemoDeviceToken("display", DemoBranches.Tverskaya))));
        var wrong = new List<string>();

        foreach (var (who, role, credentials) in callers)
        {
            await using var client = await LiveClient.ConnectAsync(_engine.Hub, credentials);
            async Task Expect(string topic, bool allowed)
            {
                var refused = await Record.ExceptionAsync(() => client.SubscribeAsync(topic));
                if (allowed != refused is null) wrong.Add($"{who} {topic}: {(refused is null ? "served" : refused.Message)}");
                if (refused is not null && refused is not HubException) wrong.Add($"{who} {topic}: {refused.GetType().Name}");
            }
            // A specialist's and an online client's calendar is their own day, never the branch's.
            var mayCalendar = role is { } r && RolePermissions.Allows(r, Permission.CalendarRead) && r is not (StaffRole.Specialist or StaffRole.OnlineClient);
            var mayQueue = role is { } q && RolePermissions.Allows(q, Permission.QueueRead);
            await Expect(calendar, mayCalendar);
            await Expect(queue, mayQueue);
            await Expect(otherCalendar, false);
            await Expect(otherQueue, false);
            await Expect($"queue-ticket:{ticket}", true);
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
