using Frontdesk.Grains;
using Frontdesk.Silo.Hosting;
using Frontdesk.Web;
using Frontdesk.Web.Api;
using Frontdesk.Web.Pages;
using Frontdesk.Web.Catalog;
using Frontdesk.Web.Clients;
using Frontdesk.Web.Demo;
using Frontdesk.Web.Queue;
using Frontdesk.Web.Realtime;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddFrontdeskSilo(silo => silo.AddFrontdeskGrains());
    builder.Services.AddFrontdeskDomain();
    // Hosted services start in order: the demo is written through the silo's grains, so it comes after the silo.
    builder.Services.AddHostedService<DemoSeeding>();
    builder.Services.AddFrontdeskRealtime();
    builder.Services.AddProblemDetails();
    builder.Services.AddExceptionHandler<GrainExceptionHandler>();
    builder.Services.AddFrontdeskApi();
    builder.Services.AddHealthChecks().AddCheck<JournalHealthCheck>("journal", tags: ["ready"]);

    var app = builder.Build();
    app.UseExceptionHandler();
    app.UseStatusCodePages();
    app.UseIdempotency();
    // Live: the process answers. Ready: it can also reach its journal database.
    app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false });
    app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthResponse.WriteAsync });
    app.MapNodeEndpoints();
    app.MapPageEndpoints();
    app.MapCatalogEndpoints();
    app.MapClientEndpoints();
    app.MapFrontdeskApi();
    app.MapQueueEndpoints();
    app.MapFrontdeskRealtime();

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is SiloConfigurationException or SiloStartupException)
{
    // A wrong setting or an unreachable database is said plainly, once, and the process ends non-zero.
    Console.Error.WriteLine($"Frontdesk could not start: {ex.Message}");
    return 1;
}

/// <summary>The entry point, named for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
