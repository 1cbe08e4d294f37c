using Frontdesk.Grains.Demo;
using Frontdesk.Silo;
using Frontdesk.Silo.Hosting;

namespace Frontdesk.Web.Demo;

/// <summary>
/// Writes the demo chain at start-up, through the grains, so it must start after the silo. On by default with SQLite
/// (a newcomer's <c>dotnet run</c>); off with PostgreSQL, whose database is likely a real chain, unless
/// <c>Frontdesk:Demo:Seed</c> says otherwise.
/// </summary>
internal sealed class DemoSeeding(IConfiguration configuration, SiloHost silo, DemoChainSeeder seeder, DemoAccounts accounts, TimeProvider time,
    ILogger<DemoSeeding> logger) : IHostedService
{
    public const string Setting = "Frontdesk:Demo:Seed";

    // Read when the host builds its hosted services, before the silo starts: a wrong value touches no database.
    private readonly bool? _configured = Read(configuration);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!(_configured ?? silo.Storage.Name == StorageSettings.Sqlite))
        {
            logger.LogInformation("Demo chain not seeded ({Setting} is off for {Storage})", Setting, silo.Storage.Name);
            return;
        }
        Caller.Current = new Caller("demo-seed", "system", [], null, null);
        var report = await seeder.SeedAsync(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (report.Seeded)
        {
            var made = await accounts.CreateAsync();
            logger.LogWarning("Demo accounts created ({Count}, logins 'demo-…', the demo password): a demo only, never a real chain's data", made);
            logger.LogInformation(
                "Demo chain seeded: {Branches} branches, {Directions} directions, {Services} services, {Resources} resources, {Specialists} specialists, {ScheduleChanges} schedule changes, {Clients} clients, {Bookings} bookings, {QueueLines} queue lines, {Desks} desks",
                report.Branches, report.Directions, report.Services, report.Resources, report.Specialists, report.ScheduleChanges, report.Clients, report.Bookings,
                report.QueueLines, report.Desks);
        }
        else
            logger.LogInformation("Demo chain not seeded: the chain is already set up");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool? Read(IConfiguration configuration)
    {
        var configured = configuration[Setting];
        if (string.IsNullOrWhiteSpace(configured)) return null;
        return bool.TryParse(configured, out var wanted)
            ? wanted
            : throw new SiloConfigurationException($"{Setting} is '{configured}'; it must be true or false.");
    }
}
