using Frontdesk.Silo.Journal;
using Frontdesk.Silo.Reminders;
using Frontdesk.Silo.Runtime;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Silo.Hosting;

public static class SiloServiceCollectionExtensions
{
    /// <summary>
    /// Co-hosts a silo in this application: storage from configuration (see <see cref="StorageSettings"/>),
    /// options from the <c>Frontdesk:Silo</c> section. Configuration mistakes throw
    /// <see cref="SiloConfigurationException"/> here, before anything starts.
    /// </summary>
    public static IHostApplicationBuilder AddFrontdeskSilo(this IHostApplicationBuilder builder, Action<SiloBuilder> configure)
    {
        var settings = StorageSettings.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
        var section = builder.Configuration.GetSection("Frontdesk:Silo");
        builder.Services.AddFrontdeskSilo(silo =>
        {
            silo.UseStorage(settings);
            silo.Configure(options => section.Bind(options));
            configure(silo);
        });
        return builder;
    }

    public static IServiceCollection AddFrontdeskSilo(this IServiceCollection services, Action<SiloBuilder> configure)
    {
        var silo = new SiloBuilder();
        configure(silo);
        if (silo.Storage is null && silo.StorageFactory is null)
            throw new SiloConfigurationException("The silo has no journal storage: call UseSqlite, UsePostgreSql or UseStorage.");
        var options = new SiloOptions();
        foreach (var action in silo.OptionActions) action(options);
        Validate(options);
        var registry = new GrainTypeRegistry(silo.GrainClasses);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(registry);
        services.AddSingleton<SiloStatistics>();
        services.AddSingleton<GrainChangeFeed>();
        services.AddSingleton(silo.StorageFactory ?? (_ => JournalStorageFactory.Create(silo.Storage!, options.NodeId)));
        services.AddSingleton(sp => new JournalGateway(
            sp.GetRequiredService<IJournalStorage>(), options, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Frontdesk.Journal")));
        services.AddSingleton(sp =>
        {
            var catalog = new Catalog(sp, sp.GetRequiredService<JournalGateway>(), sp.GetRequiredService<GrainChangeFeed>(), options,
                sp.GetRequiredService<SiloStatistics>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger("Frontdesk.Silo"));
            catalog.Factory = new GrainFactory(registry, catalog);
            catalog.Reminders = new ReminderService(catalog, registry, sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("Frontdesk.Reminders"));
            return catalog;
        });
        services.AddSingleton(sp => sp.GetRequiredService<Catalog>().Factory);
        services.AddSingleton(sp => new GrainIndex(sp.GetRequiredService<JournalGateway>(), options));
        services.AddSingleton(sp => new SiloHost(sp, silo.Storage));
        services.AddHostedService(sp => sp.GetRequiredService<SiloHost>());
        return services;
    }

    private static void Validate(SiloOptions options)
    {
        var problems = new List<string>();
        if (options.CollectionAge <= TimeSpan.Zero) problems.Add("CollectionAge must be positive");
        if (options.CollectionQuantum <= TimeSpan.Zero) problems.Add("CollectionQuantum must be positive");
        if (options.SnapshotEvery < 0) problems.Add("SnapshotEvery must be 0 (never) or more");
        if (options.MaxConflictAttempts < 1) problems.Add("MaxConflictAttempts must be at least 1");
        if (options.MaxCallsPerBatch < 1) problems.Add("MaxCallsPerBatch must be at least 1");
        if (options.MaxAppendsPerBatch < 1) problems.Add("MaxAppendsPerBatch must be at least 1");
        if (options.StorageTimeout <= TimeSpan.Zero) problems.Add("StorageTimeout must be positive");
        if (options.ReminderPollInterval <= TimeSpan.Zero) problems.Add("ReminderPollInterval must be positive");
        if (options.ReminderRetryDelay <= TimeSpan.Zero) problems.Add("ReminderRetryDelay must be positive");
        if (problems.Count > 0)
            throw new SiloConfigurationException("Frontdesk:Silo settings are wrong: " + string.Join("; ", problems) + ".");
    }
}
