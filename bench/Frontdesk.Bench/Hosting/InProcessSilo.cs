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

    /// <param name="withDomain">Host Frontdesk's own grains and domain services too (the booking scenarios).</param>
    public static async Task<InProcessSilo> StartAsync(Action<SiloBuilder> storage, Action<SiloOptions> options, bool withDomain = false)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (withDomain) services.AddFrontdeskDomain();
        services.AddFrontdeskSilo(silo =>
        {
            silo.AddGrain<BenchCounterGrain>().AddGrain<BenchJournalGrain>().AddGrain<BenchDayGrain>();
            if (withDomain) silo.AddFrontdeskGrains();
            storage(silo);
            silo.Configure(o =>
            {
                // Nothing may be collected while a scenario runs: every activation it made is part of what it measures.
                o.CollectionAge = TimeSpan.FromHours(1);
                options(o);
            });
        });
        var provider = services.BuildServiceProvider();
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
