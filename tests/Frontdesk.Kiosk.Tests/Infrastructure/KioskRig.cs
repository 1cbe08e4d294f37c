using Frontdesk.Kiosk.Engine;
using Frontdesk.Kiosk.Pressing;
using Frontdesk.Kiosk.Printing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>
/// One kiosk wired as the program wires it (<see cref="KioskServices.AddKiosk"/>), pointed at a fake engine and a
/// printer, with budgets short enough for tests yet wide enough for a machine busy with other suites (a cold engine's
/// first answer can take a second). Settings given by a test win over these.
/// </summary>
public sealed class KioskRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private KioskRig(ServiceProvider services) => _services = services;

    public static Dictionary<string, string?> Settings(Uri engine, string printer, string kioskId = "kiosk-1") => new()
    {
        ["Kiosk:Engine"] = engine.ToString(),
        ["Kiosk:BranchId"] = FakeEngine.BranchId,
        ["Kiosk:KioskId"] = kioskId,
        ["Kiosk:DeviceToken"] = FakeEngine.DeviceToken,
        ["Kiosk:Language"] = "ru",
        ["Kiosk:Printer"] = printer,
        ["Kiosk:PrinterTimeout"] = "00:00:02",
        ["Kiosk:PrinterStatusTimeout"] = "00:00:02",
        ["Kiosk:Resilience:TryTimeout"] = "00:00:02",
        ["Kiosk:Resilience:TotalBudget"] = "00:00:06",
        ["Kiosk:Resilience:Retries"] = "4",
        ["Kiosk:Resilience:RetryDelay"] = "00:00:00.050",
    };

    public static KioskRig Start(FakeEngine engine, string printer, string kioskId = "kiosk-1",
        IReadOnlyDictionary<string, string?>? overrides = null, TimeProvider? time = null)
    {
        var settings = Settings(engine.BaseAddress, printer, kioskId);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        if (time is not null) services.AddSingleton(time);
        return new KioskRig(services.AddKiosk().BuildServiceProvider(validateScopes: true));
    }

    public KioskOptions Options => _services.GetRequiredService<KioskOptions>();

    public EngineClient Engine => _services.GetRequiredService<EngineClient>();

    public PrinterWatch Printer => _services.GetRequiredService<PrinterWatch>();

    public TicketPrintout Printout => _services.GetRequiredService<TicketPrintout>();

    /// <summary>A new press (its own press id) for a line of the fake engine.</summary>
    public Task<PressOutcome> PressAsync(string lineId = "reception", string? bookingCode = null) =>
        _services.GetRequiredService<TicketPress>().PressAsync(Guid.NewGuid().ToString(), lineId, bookingCode);

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
