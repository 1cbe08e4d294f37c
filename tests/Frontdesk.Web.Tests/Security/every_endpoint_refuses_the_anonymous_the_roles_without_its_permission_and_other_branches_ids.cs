using System.Net;
using Frontdesk.Grains.Demo;
using Frontdesk.Grains.Security;
using Frontdesk.Silo;
using Frontdesk.TestSupport.Security;
using Frontdesk.Web.Security;
using Frontdesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Web.Tests.Security;

/// <summary>
/// The matrix: every endpoint the engine maps (found in its EndpointDataSource, so one added later is included) is
/// called anonymously (401), by every demo role that lacks its permission (403), and by every role that has it but
/// works at another branch, naming that branch's real data (403 or 404); and none of those calls changes anything.
/// </summary>
public sealed class every_endpoint_refuses_the_anonymous_the_roles_without_its_permission_and_other_branches_ids(DemoApi api)
    : IClassFixture<DemoApi>
{
    private static readonly (string Login, StaffRole Role, bool Device)[] Roles =
    [
        (SignIn.Demo("manager", DemoBranches.Tverskaya), StaffRole.BranchManager, false),
        (SignIn.Demo("reception", DemoBranches.Tverskaya), StaffRole.Receptionist, false),
        (SignIn.Demo("cashier", DemoBranches.Tverskaya), StaffRole.Cashier, false),
        (SignIn.Demo("specialist", DemoBranches.Tverskaya), StaffRole.Specialist, false),
        (SignIn.DemoClient, StaffRole.OnlineClient, false),
        (SignIn.DemoDeviceToken("kiosk", DemoBranches.Tverskaya), StaffRole.KioskDevice, true),
        (SignIn.DemoDeviceToken("display", DemoBranches.Tverskaya), StaffRole.DisplayDevice, true),
    ];

    private IReadOnlyList<RouteEndpoint> Endpoints() =>
        api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    [Fact]
    public void every_endpoint_declares_a_permission_or_says_why_it_is_public()
    {
        var undeclared = Endpoints()
            .Where(e => e.Metadata.GetMetadata<PermissionMetadata>() is null && e.Metadata.GetMetadata<PublicEndpointMetadata>() is null)
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}")
            .ToList();

        Assert.True(undeclared.Count == 0, "Endpoints with no .RequirePermission(…) or .Public(…): " + string.Join("; ", undeclared));
        Assert.True(Endpoints().Count(e => e.Metadata.GetMetadata<PermissionMetadata>() is not null) >= 50);
    }

    [Fact]
    public void a_kiosk_may_only_read_its_lines_issue_tickets_and_report_its_printer_and_a_display_only_read_the_queue()
    {
        Assert.Equal([Permission.QueueRead, Permission.QueueIssue, Permission.KioskReport],
            Enum.GetValues<Permission>().Where(p => RolePermissions.Allows(StaffRole.KioskDevice, p)));
        Assert.Equal([Permission.QueueRead], Enum.GetValues<Permission>().Where(p => RolePermissions.Allows(StaffRole.DisplayDevice, p)));
        Assert.DoesNotContain(Permission.AuditRead, Enum.GetValues<Permission>().Where(p => RolePermissions.Allows(StaffRole.Receptionist, p)));
    }

    [Fact]
    public async Task the_anonymous_get_401_roles_without_the_permission_403_other_branches_ids_403_or_404_and_nothing_changes()
    {
        var here = await MatrixData.OfAsync(api.Client, DemoBranches.Tverskaya, 1);
        var there = await MatrixData.OfAsync(api.Client, DemoBranches.Arbat, 2);
        var callers = new List<(string Login, StaffRole Role, ApiClient Client)>();
        foreach (var (login, role, device) in Roles) callers.Add((login, role, device ? api.AsDevice(login) : await api.As(login)));
        using var anonymous = new ApiClient(api.Anonymous());
        using var changes = new ChangeRecorder(api.Services.GetRequiredService<GrainChangeFeed>());
        var wrong = new List<string>();
        var calls = 0;

        foreach (var endpoint in Endpoints())
        {
            if (endpoint.Metadata.GetMetadata<PermissionMetadata>() is not { } declared) continue;
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods[0];
            var pattern = endpoint.RoutePattern.RawText!;
            async Task Expect(ApiClient client, MatrixData data, string who, params int[] statuses)
            {
                using var response = await client.SendAsync(new HttpMethod(method), data.Fill(pattern), data.Body(method, pattern));
                calls++;
                if (!statuses.Contains((int)response.StatusCode))
                    wrong.Add($"{who} {method} {pattern}: {(int)response.StatusCode}, expected {string.Join(" or ", statuses)}");
            }

            await Expect(anonymous, here, "anonymous", 401);
            foreach (var (login, role, client) in callers)
            {
                if (!RolePermissions.Allows(role, declared.Permission)) await Expect(client, here, login, 403);
                else if (declared.Scope.Kind != ScopeKind.Chain && !(role == StaffRole.OnlineClient && BranchWide(declared.Scope.Kind)))
                    await Expect(client, there, $"{login} (other branch's data)", 403, 404);
            }
            Assert.True(changes.Changes.Count == 0,
                $"{method} {pattern} changed {string.Join(", ", changes.Changes.Select(c => c.Grain))} though every call was refused");
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {calls} calls were not refused as they should be:\n" + string.Join("\n", wrong));
        Assert.True(calls > 300);
        foreach (var (_, _, client) in callers) client.Dispose();
    }

    /// <summary>A branch's data that is no client's (its free slots): an online client books at any branch, so may read them anywhere.</summary>
    private static bool BranchWide(ScopeKind kind) => kind is ScopeKind.BranchRoute or ScopeKind.SpecialistDay or ScopeKind.Specialist or ScopeKind.Ticket;

    [Fact]
    public async Task the_same_roles_at_their_own_branch_are_served()
    {
        var here = await MatrixData.OfAsync(api.Client, DemoBranches.Tverskaya, 3);
        using var reception = await api.As(SignIn.Demo("reception", DemoBranches.Tverskaya));
        using var kiosk = api.AsDevice(SignIn.DemoDeviceToken("kiosk", DemoBranches.Tverskaya));
        using var display = api.AsDevice(SignIn.DemoDeviceToken("display", DemoBranches.Tverskaya));

        await reception.GetJsonAsync($"/api/bookings/{here.BookingNumber}");
        await reception.GetJsonAsync($"/api/clients/{here.ClientId}");
        await reception.GetJsonAsync($"/api/branches/{here.BranchId}/calendar/{Bodies.Date(DemoApi.Today)}");
        await display.GetJsonAsync($"/api/queue/branches/{here.BranchId}/today");
        using var issued = await kiosk.PostAsync($"/api/queue/branches/{here.BranchId}/lines/{DemoQueues.Reception}/tickets", new { source = "kiosk", kioskId = "k1" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
    }
}
