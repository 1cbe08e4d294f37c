using Frontdesk.Bench.Grains;
using Frontdesk.Grains;
using Frontdesk.Silo;
using Frontdesk.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Bench.Hosting;

/// <summary>A silo hosted in this process, as the Web app co-hosts it, with the bench grains and quiet logging.</summary>
internal sealed class InProcessSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private InProcessSilo(ServiceProvider services) => _services = services;

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();
    public SiloHost Host => _services.GetRequiredService<SiloHost>();
    public SiloStatistics Statistics => _services.GetRequiredService<SiloStatistics>();
    public SiloOptions Options => _services.GetRequiredService<SiloOptions>();
    public IServiceProvider Services => _services;

    public T Service<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <param name="grains">The grain classes hosted; the bench's own by default.</param>
    /// <param name="services">Services the grains need beside the silo (Frontdesk's domain services, for its own grains).</param>
    public static async Task<InProcessSilo> StartAsync(Action<SiloBuilder> storage, Action<SiloOptions> options,
        Action<SiloBuilder>? grains = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services?.Invoke(collection);
        collection.AddFrontdeskSilo(silo =>
        {
            (grains ?? (s => s.AddGrain<BenchCounterGrain>().AddGrain<BenchJournalGrain>().AddGrain<BenchDayGrain>()))(silo);
            storage(silo);
            silo.Configure(o =>
            {
                // Nothing may be collected while a scenario runs: every activation it made is part of what it measures.
                o.CollectionAge = TimeSpan.FromHours(1);
                options(o);
            });
        });
        var provider = collection.BuildServiceProvider();
        await provider.GetRequiredService<SiloHost>().StartAsync(CancellationToken.None);
        return new InProcessSilo(provider);
    }

    /// <summary>The settings that shape commit batching, as the tables report them.</summary>
    public string DescribeBatching(string storage) =>
        $"JournalWriters={(Options.JournalWriters > 0 ? Options.JournalWriters.ToString() : $"0 (runtime picks {(storage == "sqlite" ? 1 : 4)})")}, " +
        $"MaxAppendsPerBatch={Options.MaxAppendsPerBatch}, MaxCallsPerBatch={Options.MaxCallsPerBatch}";

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
