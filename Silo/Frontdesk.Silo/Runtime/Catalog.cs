using System.Collections.Concurrent;
using Frontdesk.Silo.Journal;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Silo.Runtime;

/// <summary>This node's activations, by grain id: creates them on first call, collects them when idle.</summary>
internal sealed class Catalog(
    IServiceProvider services,
    JournalGateway journal,
    GrainChangeFeed changeFeed,
    SiloOptions options,
    SiloStatistics statistics,
    ILogger logger)
{
    private readonly ConcurrentDictionary<GrainId, Activation> _activations = new();
    private TimeProvider? _time;

    public IServiceProvider Services => services;
    public JournalGateway Journal => journal;
    public GrainChangeFeed ChangeFeed => changeFeed;
    public SiloOptions Options => options;
    public SiloStatistics Statistics => statistics;
    public ILogger Logger => logger;
    public IGrainFactory Factory { get; set; } = null!;
    public Reminders.ReminderService Reminders { get; set; } = null!;

    public int ActivationCount => _activations.Count;

    public TimeProvider Time => _time ??= (TimeProvider?)services.GetService(typeof(TimeProvider)) ?? TimeProvider.System;

    public Task<T> Invoke<T>(GrainId id, GrainRegistration registration, Func<object, object?[]?, Task<T>> invoker, object?[]? args, string command)
    {
        var chain = CallChain.Current;
        if (chain is not null && chain.Contains(id)) throw new DeadlockException(id.ToString(), chain.Describe());
        var item = new WorkItem<T>(invoker, args, chain, Caller.Current, command);
        while (true)
        {
            var activation = _activations.GetOrAdd(id, static (id, state) => new Activation(id, state.registration, state.catalog), (registration, catalog: this));
            if (activation.TryEnqueue(item)) return item.Completion.Task;
            // It closed between the lookup and the enqueue: it is on its way out of the directory.
            _activations.TryRemove(new KeyValuePair<GrainId, Activation>(id, activation));
        }
    }

    public void Remove(Activation activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, Activation>(activation.Id, activation));

    public int CollectIdle(TimeSpan age)
    {
        var collected = 0;
        foreach (var activation in _activations.Values)
        {
            if (!activation.TryCloseIfIdle(age)) continue;
            Remove(activation);
            _ = activation.DeactivateAsync(DeactivationReason.IdleCollected);
            collected++;
        }
        return collected;
    }

    /// <summary>Another node committed up to <paramref name="version"/>: the local activation catches up before its next turn.</summary>
    public void MarkStale(GrainId id, long version)
    {
        if (_activations.TryGetValue(id, out var activation)) activation.MarkStale(version);
    }

    /// <summary>Notifications may have been missed: every activation re-reads its tail before its next turn.</summary>
    public void MarkAllStale()
    {
        foreach (var activation in _activations.Values) activation.MarkStale(long.MaxValue);
    }

    private volatile bool _deaf;

    /// <summary>
    /// True while this node cannot hear other nodes' commits (its listening connection is down, waiting to reconnect):
    /// every turn then re-reads its grain's tail first, since no notification will say it is behind.
    /// </summary>
    public bool Deaf => _deaf;

    /// <summary>The listening connection is lost: activations are stale now, and any commit from now on goes unheard.</summary>
    public void StopHearing()
    {
        _deaf = true;
        MarkAllStale();
    }

    /// <summary>Listening again: commits from now on are heard, and the ones made meanwhile are re-read once.</summary>
    public void HearAgain()
    {
        MarkAllStale();
        _deaf = false;
    }

    public async Task DeactivateAllAsync()
    {
        var closing = new List<Task>();
        foreach (var activation in _activations.Values)
        {
            if (!activation.TryCloseIfIdle(TimeSpan.Zero)) continue;
            Remove(activation);
            closing.Add(activation.DeactivateAsync(DeactivationReason.ShuttingDown));
        }
        await Task.WhenAll(closing);
    }
}
