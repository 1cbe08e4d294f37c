using Frontdesk.Kiosk;
using Frontdesk.Kiosk.Screen;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddProblemDetails();
    builder.Services.AddKiosk();

    var app = builder.Build();
    // Settings are read here, not at the first press: a kiosk that cannot work says so before a client touches it.
    app.Services.GetRequiredService<KioskOptions>();
    app.UseDefaultFiles();
    app.UseStaticFiles();
    app.MapKioskEndpoints();

    await app.RunAsync();
    return 0;
}
catch (KioskConfigurationException ex)
{
    Console.Error.WriteLine($"Frontdesk kiosk could not start: {ex.Message}");
    return 1;
}

/// <summary>The entry point, named for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
