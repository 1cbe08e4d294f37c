using System.Diagnostics;
using Frontdesk.Silo.Journal;
using Frontdesk.Silo.Journal.Postgres;
using Frontdesk.Silo.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Silo.Hosting;

/// <summary>Starts and stops the node: prepares the journal, collects idle activations, listens to other nodes.</summary>
public sealed class SiloHost(IServiceProvider services, StorageSettings? settings) : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger _logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Frontdesk.Silo");
    // Resolved once, so that stopping never reaches into a container that is being disposed.
    private readonly Catalog _catalog = services.GetRequiredService<Catalog>();
    private readonly JournalGateway _gateway = services.GetRequiredService<JournalGateway>();
    private readonly Lock _stopGate = new();
    private Task? _collector;
    private Task? _reminders;
    private PostgresChangeListener? _listener;
    private Task? _stop;

    private Catalog Catalog => _catalog;
    private SiloOptions Options => _catalog.Options;

    public IJournalStorage Storage => _gateway.Storage;

    public int ActivationCount => Catalog.ActivationCount;

    /// <summary>Whether this node leads the cluster: it delivers reminders and runs the scheduled jobs.</summary>
    public bool Leads => Catalog.Reminders.Leading;

    /// <summary>
    /// Whether this node hears other nodes' commits as they happen (true on a single-node store, which has no others);
    /// while false every turn re-reads its grain's tail from the database.
    /// </summary>
    public bool HearsOtherNodes => !Catalog.Deaf;

    /// <summary>Deactivates every activation idle for at least <paramref name="age"/> now, without waiting for the next scan.</summary>
    public int CollectIdleActivations(TimeSpan age) => Catalog.CollectIdle(age);

    /// <summary>Delivers the reminders due now, without waiting for the next poll (whether or not this node leads).</summary>
    public Task<int> DeliverDueRemindersAsync(CancellationToken cancellationToken = default) =>
        Catalog.Reminders.DeliverDueAsync(cancellationToken);

    /// <summary>Throws when the journal database cannot be reached.</summary>
    public Task PingStorageAsync(CancellationToken cancellationToken) =>
        _gateway.PingAsync(cancellationToken);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var storage = Storage;
        var where = settings?.Describe() ?? storage.Name;
        await MigrateAsync(storage, where, cancellationToken);
        _collector = CollectLoopAsync(_stopping.Token);
        _reminders = Catalog.Reminders.RunAsync(storage, Options.ReminderPollInterval, _stopping.Token);
        if (storage is PostgresJournalStorage postgres)
        {
            _listener = new PostgresChangeListener(postgres, Catalog, services.GetRequiredService<GrainTypeRegistry>(), Options,
                services.GetRequiredService<ILoggerFactory>().CreateLogger("Frontdesk.ChangeFeed"));
            await _listener.StartAsync(_stopping.Token);
        }
        _logger.LogInformation("Silo {Node} ready on {Storage} in {Elapsed} ms", Options.NodeId, where, started.ElapsedMilliseconds);
    }

    private async Task MigrateAsync(IJournalStorage storage, string where, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Options.StartupTimeout);
        var delay = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await storage.MigrateAsync(deadline.Token);
                return;
            }
            catch (Exception ex) when (TransientFailures.IsTransient(ex) && !deadline.IsCancellationRequested)
            {
                _logger.LogWarning("Journal {Storage} not reachable yet (try {Attempt}): {Reason}", where, attempt, ex.Message);
                try
                {
                    await Task.Delay(delay, deadline.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new SiloStartupException(
                        $"The journal database ({where}) could not be reached within {Options.StartupTimeout.TotalSeconds} s: {ex.Message}", ex);
                }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(2).Ticks));
            }
            catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new SiloStartupException(
                    $"The journal database ({where}) could not be prepared within {Options.StartupTimeout.TotalSeconds} s.", ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not SiloStartupException)
            {
                throw new SiloStartupException($"The journal database ({where}) could not be prepared: {ex.Message}", ex);
            }
        }
    }

    private async Task CollectLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Options.CollectionQuantum);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var collected = Catalog.CollectIdle(Options.CollectionAge);
                if (collected > 0) _logger.LogDebug("Collected {Count} idle activations", collected);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // The host can be stopped twice at once: WebApplicationFactory stops it while Program's RunAsync, woken by the
        // same shutdown, stops it too and then disposes it. The later stop waits for the first instead of running again
        // on a host that may be disposed by then.
        lock (_stopGate) _stop ??= StopOnceAsync(cancellationToken);
        return _stop.WaitAsync(cancellationToken);
    }

    private async Task StopOnceAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_collector is not null) await _collector;
        if (_reminders is not null) await _reminders;
        if (_listener is not null) await _listener.DisposeAsync();
        await Catalog.DeactivateAllAsync().WaitAsync(cancellationToken);
        await _gateway.DisposeAsync();
    }

    // The container disposes the storage and the gateway it made.
    public ValueTask DisposeAsync()
    {
        _stopping.Dispose();
        return ValueTask.CompletedTask;
    }
}
