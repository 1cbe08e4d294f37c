using System.Text.Json.Serialization;
using Frontdesk.Kiosk.Engine;
using Frontdesk.Kiosk.Pressing;
using Frontdesk.Kiosk.Printing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Frontdesk.Kiosk;

/// <summary>The kiosk's parts, one of each per process: one engine client (one breaker), one printer, one press ledger.</summary>
public static class KioskServices
{
    public static IServiceCollection AddKiosk(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => KioskSettings.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => MessageCatalog.For(sp.GetRequiredService<KioskOptions>().Language));
        services.AddSingleton(sp => PrinterAddress.Parse(sp.GetRequiredService<KioskOptions>().Printer, sp.GetRequiredService<KioskOptions>()));
        services.AddSingleton<EngineClient>();
        services.AddSingleton<PrinterWatch>();
        services.AddSingleton<TicketPrintout>();
        services.AddSingleton<PressLedger>();
        services.AddSingleton<TicketPress>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
        return services;
    }
}
