using Frontdesk.Grains;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Demo;
using Frontdesk.Silo;
using Frontdesk.TestSupport;
using Frontdesk.TestSupport.Realtime;
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
        await Eventually.TrueAsync(async () => await engine.Grains.GetGrain<Frontdesk.Grains.Catalog.ICatalogGrain>(Chain.Key).IsSetUpAsync(),
            "the demo chain to be seeded");
        return engine;
    }

    public Task<LiveClient> ConnectAsync() => LiveClient.ConnectAsync(Hub);

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
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Dispose();
    }
}
