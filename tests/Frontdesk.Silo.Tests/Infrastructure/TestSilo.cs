using Frontdesk.Silo.Hosting;
using Frontdesk.Silo.Journal;
using Frontdesk.Silo.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Silo.Tests.Infrastructure;

/// <summary>A real silo in this process on a real database: the test grains, their probe, the runtime's counters.</summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestSilo(ServiceProvider services) => _services = services;

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();
    public SiloStatistics Statistics => _services.GetRequiredService<SiloStatistics>();
    public GrainChangeFeed ChangeFeed => _services.GetRequiredService<GrainChangeFeed>();
    public ActivationProbe Probe => _services.GetRequiredService<ActivationProbe>();
    public SiloHost Host => _services.GetRequiredService<SiloHost>();
    public IJournalStorage Storage => _services.GetRequiredService<IJournalStorage>();

    public GrainIndex Index => _services.GetRequiredService<GrainIndex>();

    public static Task<TestSilo> SqliteAsync(string file, Action<SiloOptions>? options = null, TimeProvider? time = null) =>
        StartAsync(silo => silo.UseSqlite(file), options, time);

    public static Task<TestSilo> PostgresAsync(string connectionString, Action<SiloOptions>? options = null, TimeProvider? time = null) =>
        StartAsync(silo => silo.UsePostgreSql(connectionString), options, time);

    public static async Task<TestSilo> StartAsync(Action<SiloBuilder> storage, Action<SiloOptions>? options = null, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ActivationProbe>();
        if (time is not null) services.AddSingleton(time);
        services.AddFrontdeskSilo(silo =>
        {
            silo.AddGrain<CounterGrain>().AddGrain<EchoGrain>().AddGrain<ReminderGrain>().AddGrain<ChainGrain>();
            storage(silo);
            silo.Configure(o =>
            {
                // Collection is driven by the tests themselves unless one asks for the timer.
                o.CollectionQuantum = TimeSpan.FromHours(1);
                options?.Invoke(o);
            });
        });
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SiloHost>().StartAsync(CancellationToken.None);
        return new TestSilo(provider);
    }

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await Host.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
