extern alias kiosk;
using kiosk::Frontdesk.Kiosk;
using kiosk::Frontdesk.Kiosk.Engine;
using kiosk::Frontdesk.Kiosk.Pressing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Web.Tests.EndToEnd;

/// <summary>
/// One kiosk program's press path, wired exactly as the kiosk wires it (<c>KioskServices.AddKiosk</c>: its engine
/// client with the Polly pipeline, its printer, its press ledger), printing to a file of its own.
/// </summary>
public sealed class RealKiosk : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private RealKiosk(ServiceProvider services, string printerFile) => (_services, PrinterFile) = (services, printerFile);

    public string PrinterFile { get; }

    public KioskOptions Options => _services.GetRequiredService<KioskOptions>();

    public EngineClient Engine => _services.GetRequiredService<EngineClient>();

    /// <summary>What the kiosk says when the engine does not answer: the words checked on screen.</summary>
    public string UnavailableText => _services.GetRequiredService<KioskTexts>().Unavailable;

    public static RealKiosk Start(Uri engine, string branchId, string kioskId, string folder, IReadOnlyDictionary<string, string?> resilience)
    {
        var file = Path.Combine(folder, $"{kioskId}.bin");
        var settings = new Dictionary<string, string?>
        {
            ["Kiosk:Engine"] = engine.ToString(),
            ["Kiosk:BranchId"] = branchId,
            ["Kiosk:KioskId"] = kioskId,
            ["Kiosk:DeviceToken"] = Frontdesk.TestSupport.Security.SignIn.DemoDeviceToken("kiosk", branchId),
            ["Kiosk:Language"] = "en",
            ["Kiosk:Printer"] = new Uri(file).AbsoluteUri,
        };
        foreach (var (key, value) in resilience) settings[$"Kiosk:Resilience:{key}"] = value;
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddKiosk()
            .BuildServiceProvider(validateScopes: true);
        return new RealKiosk(services, file);
    }

    /// <summary>A client's touch on a line: a new press, its own key.</summary>
    public Task<PressOutcome> PressAsync(string lineId, string? bookingCode = null) =>
        _services.GetRequiredService<TicketPress>().PressAsync(Guid.NewGuid().ToString(), lineId, bookingCode);

    public IReadOnlyList<PrintedTicket> Printed => File.Exists(PrinterFile) ? PrintedTicket.ReadAll(File.ReadAllBytes(PrinterFile)) : [];

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
