using Frontdesk.Grains.Catalog;
using Frontdesk.Silo.Hosting;
using Frontdesk.TestSupport;
using Frontdesk.TestSupport.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>
/// A real silo with Frontdesk's grains on a real database (a temp SQLite file, or PostgreSQL), its clock a
/// <see cref="FakeTimeProvider"/> the test moves by hand.
/// </summary>
public sealed class TestChain : IAsyncDisposable
{
    /// <summary>Monday 23 November 2026, 06:00 UTC: 09:00 in Moscow, 07:00 in Berlin.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly TempFolder? _folder;
    private bool _disposed;

    private TestChain(ServiceProvider services, FakeTimeProvider time, TempFolder? folder) =>
        (_services, Time, _folder) = (services, time, folder);

    public FakeTimeProvider Time { get; }
    public IServiceProvider Services => _services;
    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();
    public GrainIndex Index => _services.GetRequiredService<GrainIndex>();
    public SiloStatistics Statistics => _services.GetRequiredService<SiloStatistics>();
    public GrainChangeFeed ChangeFeed => _services.GetRequiredService<GrainChangeFeed>();
    public SiloHost Host => _services.GetRequiredService<SiloHost>();
    public ICatalogGrain Catalog => Grains.GetGrain<ICatalogGrain>(Chain.Key);

    public T Service<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A chain on a fresh SQLite file of its own.</summary>
    public static Task<TestChain> StartAsync(DateTimeOffset? now = null, Action<SiloOptions>? options = null, Action<IServiceCollection>? services = null)
    {
        var folder = new TempFolder();
        return StartAsync(silo => silo.UseSqlite(folder.File("journal.db")), now ?? DefaultNow, options, folder, services);
    }

    /// <summary>A node on a given SQLite file: a test stops one and starts another on the same file, as a restart.</summary>
    public static Task<TestChain> StartOnSqliteAsync(string file, DateTimeOffset? now = null, Action<IServiceCollection>? services = null) =>
        StartAsync(silo => silo.UseSqlite(file), now ?? DefaultNow, null, null, services);

    /// <summary>A node on a PostgreSQL database; several may share one (a cluster), each with its own clock.</summary>
    public static Task<TestChain> StartOnPostgresAsync(string connectionString, DateTimeOffset? now = null, Action<SiloOptions>? options = null,
        Action<IServiceCollection>? services = null) =>
        StartAsync(silo => silo.UsePostgreSql(connectionString), now ?? DefaultNow, options, null, services);

    /// <summary>A node on a PostgreSQL database that never hears the other nodes' commits: its activations fall behind.</summary>
    public static Task<TestChain> StartDeafOnPostgresAsync(string connectionString, DateTimeOffset? now = null) =>
        StartAsync(silo => silo.UseStorage(_ => new DeafNodeStorage(connectionString, "deaf")), now ?? DefaultNow, null, null, null);

    private static async Task<TestChain> StartAsync(Action<SiloBuilder> storage, DateTimeOffset now, Action<SiloOptions>? options, TempFolder? folder,
        Action<IServiceCollection>? extra)
    {
        var time = new FakeTimeProvider(now);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        extra?.Invoke(services);
        services.AddFrontdeskDomain();
        services.AddFrontdeskSilo(silo =>
        {
            silo.AddFrontdeskGrains();
            storage(silo);
            silo.Configure(o =>
            {
                // Reminders are delivered when a test says so (Host.DeliverDueRemindersAsync), not by a poll.
                o.ReminderPollInterval = TimeSpan.FromDays(1);
                o.CollectionQuantum = TimeSpan.FromHours(1);
                options?.Invoke(o);
            });
        });
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SiloHost>().StartAsync(CancellationToken.None);
        return new TestChain(provider, time, folder);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await Host.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        _folder?.Dispose();
    }
}
