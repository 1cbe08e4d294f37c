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
using Frontdesk.Web.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddFrontdeskSilo(silo => silo.AddFrontdeskGrains());
    builder.Services.AddFrontdeskDomain();
    // Hosted services start in order: the demo is written through the silo's grains, so it comes after the silo.
    builder.Services.AddSingleton<DemoAccounts>();
    builder.Services.AddHostedService<DemoSeeding>();
    builder.Services.AddFrontdeskSecurity(builder.Configuration);
    // No body anywhere is larger than this; the API's own limit (64 KiB) is stricter still.
    builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 1024 * 1024);
    builder.Services.AddFrontdeskRealtime();
    builder.Services.AddProblemDetails();
    builder.Services.AddExceptionHandler<GrainExceptionHandler>();
    builder.Services.AddFrontdeskApi();
    builder.Services.AddHealthChecks().AddCheck<JournalHealthCheck>("journal", tags: ["ready"]);

    var app = builder.Build();
    app.UseExceptionHandler();
    app.UseStatusCodePages();
    app.UsePageFiles();
    app.UseFrontdeskSecurity();
    app.UseIdempotency();
    // Live: the process answers. Ready: it can also reach its journal database.
    app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).Public("load balancers ask whether the process answers");
    app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthResponse.WriteAsync })
        .Public("load balancers ask whether the database answers; the answer names no data");
    app.MapSignInEndpoints();
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
