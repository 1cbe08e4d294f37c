using Frontdesk.Grains;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Demo;
using Frontdesk.Silo;
using Frontdesk.TestSupport;
using Frontdesk.TestSupport.Realtime;
using Frontdesk.TestSupport.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Web.Tests.Infrastructure;

/// <summary>The real engine on a real loopback port (Kestrel), on a temp SQLite store with the demo chain, for hub tests.</summary>
public sealed class LiveEngine : WebApplicationFactory<Program>
{
    private readonly TempFolder _data = new();

    public LiveEngine() => UseKestrel(0);

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public Uri Hub => new(Address, "/hubs/live");

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public static async Task<LiveEngine> StartAsync()
    {
        var engine = new LiveEngine();
        engine.StartServer();
        var addresses = engine.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        engine.Address = new Uri(addresses.First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
        // The demo's accounts and devices come last in the seeding: the online client is the very last.
        await Eventually.TrueAsync(async () => await engine.Grains.GetGrain<Frontdesk.Grains.Security.IStaffAccountGrain>(SignIn.DemoClient).GetAsync() is not null,
            "the demo chain and its accounts to be seeded");
        return engine;
    }

    /// <summary>A hub connection as the demo owner (who may follow every topic).</summary>
    public async Task<LiveClient> ConnectAsync() => await LiveClient.ConnectAsync(Hub, HubCredentials.Of(await (_owner ??= SessionAsync(SignIn.DemoOwner))));

    // Hundreds of screens share one sign-in: hashing a password is slow on purpose.
    private Task<StaffSession>? _owner;

    /// <summary>A signed-in session on this engine, for HTTP clients and hub connections alike.</summary>
    public async Task<StaffSession> SessionAsync(string login)
    {
        using var http = new HttpClient { BaseAddress = Address };
        return await SignIn.SessionAsync(http, login);
    }

    /// <summary>An HTTP client to the engine on its port, signed in as <paramref name="login"/>.</summary>
    public async Task<HttpClient> HttpAsAsync(string login)
    {
        var http = new HttpClient(new IdempotencyKeys(new SocketsHttpHandler { UseCookies = false })) { BaseAddress = Address };
        await SignIn.AsAsync(http, login);
        return http;
    }

    /// <summary>
    /// A demo specialist's working day at Tverskaya a week or more ahead (the demo books the coming days), with room for
    /// twenty short visits, and that day's grain.
    /// </summary>
    public async Task<(SpecialistDayKey Key, ISpecialistDayGrain Day)> WorkingDayAheadAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var catalog = await Grains.GetGrain<Frontdesk.Grains.Catalog.ICatalogGrain>(Chain.Key).GetAsync();
        for (var ahead = 7; ahead < 21; ahead++)
        {
            foreach (var specialist in catalog.SpecialistsOf(DemoBranches.Tverskaya))
            {
                var key = new SpecialistDayKey(DemoBranches.Tverskaya, specialist.Id, today.AddDays(ahead));
                var day = Grains.GetGrain<ISpecialistDayGrain>(key.ToString());
                if (ShortService(catalog, specialist.Id) is not { } service) continue;
                if ((await day.GetFreeStartsAsync([service.Id], 15)).Count >= 20) return (key, day);
            }
        }
        throw new InvalidOperationException("No demo specialist works at Tverskaya in the coming weeks with twenty free quarter-hours.");
    }

    /// <summary>Books the day's next free start with a short service; answers the booking.</summary>
    public async Task<Booking> BookNextFreeAsync(ISpecialistDayGrain day, SpecialistDayKey key)
    {
        var catalog = await Grains.GetGrain<Frontdesk.Grains.Catalog.ICatalogGrain>(Chain.Key).GetAsync();
        var service = ShortService(catalog, key.SpecialistId)!;
        var start = (await day.GetFreeStartsAsync([service.Id], 15)).First();
        return await day.BookAsync(new BookingRequest(Guid.NewGuid().ToString("N"), new BookingClient("cl-live", "Live Test"), [service.Id], start));
    }

    private static Frontdesk.Grains.Catalog.Service? ShortService(Frontdesk.Grains.Catalog.CatalogView catalog, string specialistId) =>
        catalog.Specialist(specialistId).ServiceIds.Select(catalog.FindService).OfType<Frontdesk.Grains.Catalog.Service>()
            .Where(s => s.ResourceType is null).OrderBy(s => s.DurationMinutes + s.BufferBeforeMinutes + s.BufferAfterMinutes).FirstOrDefault();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Frontdesk:DataDirectory", _data.Path);
        builder.UseSetting("Frontdesk:RateLimits:DevicePerMinute", "100000");
        builder.UseSetting("Frontdesk:RateLimits:PublicPerMinute", "100000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Dispose();
    }
}
