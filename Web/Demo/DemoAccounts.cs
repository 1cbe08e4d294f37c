using Frontdesk.Grains;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Demo;
using Frontdesk.Grains.Security;
using Frontdesk.Silo;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Demo;

/// <summary>
/// The demo chain's people and devices, made only with the demo data, every login starting "demo-" and every
/// account marked Demo. They share one well-known password (<see cref="PasswordSetting"/>, README lists them):
/// a demo is for looking around, never for a real chain's data.
/// </summary>
internal sealed class DemoAccounts(IGrainFactory grains, ClientDirectory clients, Passwords passwords, IConfiguration configuration)
{
    public const string PasswordSetting = "Frontdesk:Demo:Password";
    public const string DefaultPassword = "demo-password";
    public const string Owner = "demo-owner";
    public const string OnlineClient = "demo-client";

    public static string Login(string role, string branchId) => $"demo-{role}-{branchId}";

    /// <summary>A demo device's token: its id and the demo password, so the README can say it.</summary>
    public static string DeviceToken(string deviceId, string password) => $"{deviceId}.{password}";

    public async Task<int> CreateAsync()
    {
        var password = configuration[PasswordSetting] is { Length: > 0 } configured ? configured : DefaultPassword;
        // One hash for all: they share the password, and hashing is slow on purpose.
        var hash = passwords.Hash(password);
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var created = 0;
        await SetUpAsync(Owner, "Demo owner", StaffRole.Owner, [], null, null);
        foreach (var branch in catalog.Branches.Select(b => b.Id))
        {
            await SetUpAsync(Login("manager", branch), $"Demo manager, {branch}", StaffRole.BranchManager, [branch], null, null);
            await SetUpAsync(Login("reception", branch), $"Demo receptionist, {branch}", StaffRole.Receptionist, [branch], null, null);
            await SetUpAsync(Login("cashier", branch), $"Demo cashier, {branch}", StaffRole.Cashier, [branch], null, null);
            if (catalog.SpecialistsOf(branch).FirstOrDefault() is { } specialist)
                await SetUpAsync(Login("specialist", branch), $"Demo specialist {specialist.Name}", StaffRole.Specialist, [branch], specialist.Id, null);
            foreach (var (role, kind) in new[] { ("kiosk", StaffRole.KioskDevice), ("display", StaffRole.DisplayDevice) })
            {
                var deviceId = Login(role, branch);
                await grains.GetGrain<IDeviceGrain>(deviceId).RegisterAsync(
                    new DeviceRegistration($"Demo {role}, {branch}", branch, kind, DeviceTokens.HashOf(password), Demo: true));
                created++;
            }
        }
        var client = (await clients.SearchAsync(DemoClients.All[0].Card.Name, 1)).FirstOrDefault();
        if (client is not null) await SetUpAsync(OnlineClient, $"Demo online client {client.Name}", StaffRole.OnlineClient, [], null, client.Id);
        return created;

        async Task SetUpAsync(string login, string name, StaffRole role, IReadOnlyList<string> branches, string? specialistId, string? clientId)
        {
            await grains.GetGrain<IStaffAccountGrain>(login).SetUpAsync(new StaffAccountSetUp(name, role, branches, specialistId, clientId, hash, Demo: true));
            created++;
        }
    }
}
