using System.Text.Json;
using Frontdesk.Silo.Journal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Silo.Runtime;

/// <summary>
/// One grain in memory and its mailbox. Calls run one at a time, each to completion across its awaits.
/// The calls that waited while a turn ran are taken together: for a journaled grain their events go to
/// the journal in one append, and each caller gets its own answer once that append is durable. If the
/// append loses a race with another node, the state is reloaded and the same calls run again; nobody
/// was answered yet, so nothing the world saw is repeated.
/// </summary>
internal sealed class Activation(GrainId id, GrainRegistration registration, Catalog catalog) : IThreadPoolWorkItem
{
    private readonly Lock _gate = new();
    private readonly Queue<WorkItem> _queue = new();
    private readonly List<WorkItem> _batch = [];
    private bool _running;
    private bool _closed;
    private bool _deactivationRequested;
    private long _lastActive = Environment.TickCount64;
    private long _staleUpTo;
    private bool _needsReload;
    private int _settled;
    private int _current;
    private bool _confirmedInTurn;
    private bool _refusedSinceCommit;
    private int _partial = -1;
    private Grain? _grain;
    private IJournaledGrain? _journaled;

    public GrainId Id => id;
    public Catalog Catalog => catalog;

    private JsonSerializerOptions Json => catalog.Options.Json;

    public bool TryEnqueue(WorkItem item)
    {
        lock (_gate)
        {
            if (_closed) return false;
            _queue.Enqueue(item);
            if (_running) return true;
            _running = true;
        }
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        return true;
    }

    void IThreadPoolWorkItem.Execute() => _ = RunAsync();

    public bool TryCloseIfIdle(TimeSpan age)
    {
        lock (_gate)
        {
            if (_closed || _running || _queue.Count > 0) return false;
            if (Environment.TickCount64 - _lastActive < (long)age.TotalMilliseconds) return false;
            _closed = true;
            return true;
        }
    }

    public void RequestDeactivation() => _deactivationRequested = true;

    public void MarkStale(long version)
    {
        long seen;
        do
        {
            seen = Interlocked.Read(ref _staleUpTo);
            if (seen >= version) return;
        } while (Interlocked.CompareExchange(ref _staleUpTo, version, seen) != seen);
    }

    public async Task DeactivateAsync(DeactivationReason reason)
    {
        if (_grain is null) return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _grain.OnDeactivateAsync(reason, timeout.Token);
        }
        catch (Exception ex)
        {
            catalog.Logger.LogWarning(ex, "{Grain} failed in OnDeactivateAsync", id);
        }
        catalog.Statistics.Deactivated();
    }

    private async Task RunAsync()
    {
        while (true)
        {
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _running = false;
                    _lastActive = Environment.TickCount64;
                    if (!_deactivationRequested) return;
                    _closed = true;
                }
                else
                {
                    while (_queue.Count > 0 && _batch.Count < catalog.Options.MaxCallsPerBatch) _batch.Add(_queue.Dequeue());
                }
            }
            if (_closed)
            {
                catalog.Remove(this);
                await DeactivateAsync(DeactivationReason.ApplicationRequested);
                return;
            }
            try
            {
                if (_grain is null && !await TryActivateAsync()) return;
                if (_journaled is null) await RunPlainBatchAsync();
                else await RunJournaledBatchAsync(_journaled);
            }
            catch (Exception ex)
            {
                // Only the runtime's own failures reach here (grain exceptions are the callers' answers).
                if (ex is StorageUnavailableException)
                    catalog.Logger.LogWarning("{Grain}: {Count} calls refused: {Reason}", id, _batch.Count - _settled, ex.Message);
                else
                    catalog.Logger.LogError(ex, "{Grain}: a batch of {Count} calls failed", id, _batch.Count);
                for (var i = _settled; i < _batch.Count; i++) _batch[i].Fail(ex);
                _needsReload = true;
            }
            finally
            {
                _batch.Clear();
                _settled = 0;
            }
        }
    }

    private async Task<bool> TryActivateAsync()
    {
        try
        {
            var grain = (Grain)ActivatorUtilities.CreateInstance(catalog.Services, registration.ImplementationType);
            grain.Activation = this;
            var journaled = grain as IJournaledGrain;
            if (journaled is not null) await LoadAsync(journaled);
            await grain.OnActivateAsync(CancellationToken.None);
            (_grain, _journaled) = (grain, journaled);
            catalog.Statistics.Activated();
            return true;
        }
        catch (Exception ex)
        {
            catalog.Logger.LogWarning(ex, "{Grain} could not be activated", id);
            List<WorkItem> waiting;
            lock (_gate)
            {
                _closed = true;
                waiting = [.. _queue];
                _queue.Clear();
            }
            catalog.Remove(this);
            foreach (var item in _batch.Concat(waiting)) item.Fail(ex);
            return false;
        }
    }

    private async Task RunPlainBatchAsync()
    {
        foreach (var item in _batch)
        {
            await item.RunAsync(_grain!);
            item.Release();
        }
    }

    private async Task RunJournaledBatchAsync(IJournaledGrain journaled)
    {
        // Calls before _settled are answered: their events are durable and they will not run again.
        _settled = 0;
        _partial = -1;
        for (var attempt = 1; ; attempt++)
        {
            await CatchUpIfNeededAsync(journaled);
            var conflict = false;
            for (_current = _settled; _current < _batch.Count; _current++)
            {
                var item = _batch[_current];
                var before = journaled.PendingCount;
                _confirmedInTurn = false;
                bool threw;
                journaled.BeginCall(item.Caller ?? Caller.System, item.Command, catalog.Time.GetUtcNow());
                try
                {
                    threw = await item.RunAsync(_grain!);
                }
                catch (JournalConflictSignal)
                {
                    journaled.EndCall(keep: false);
                    conflict = true;
                    break;
                }
                journaled.EndCall(keep: !threw);
                // A refusal that raised nothing is checked by no append: it may rest on state another node has moved.
                if (threw && journaled.PendingCount == before) _refusedSinceCommit = true;
                if (_confirmedInTurn && journaled.PendingCount == 0)
                {
                    // Everything this call raised is durable: it is final now.
                    item.Release();
                    _settled = _current + 1;
                    continue;
                }
                if (threw && journaled.PendingCount > before && !await RollBackToAsync(journaled, before))
                {
                    conflict = true;
                    break;
                }
            }
            var caughtUp = false;
            if (!conflict && journaled.PendingCount > 0) conflict = !await CommitAsync(journaled);
            else if (!conflict && _refusedSinceCommit && catalog.Journal.Storage.SharedWithOtherNodes)
                conflict = caughtUp = await CaughtUpWithOtherNodesAsync(journaled);
            _refusedSinceCommit = false;
            if (!conflict)
            {
                for (var i = _settled; i < _batch.Count; i++) _batch[i].Release();
                return;
            }
            if (!caughtUp) _needsReload = true;
            if (_partial >= _settled)
            {
                // This call made part of its events durable and then lost the race with the rest:
                // running it again would repeat the durable part, so it is answered with the conflict.
                _batch[_partial].Fail(new GrainConcurrencyException(id.Type, id.Key, journaled.ConfirmedVersion, attempt));
                _settled = _partial + 1;
            }
            if (attempt >= catalog.Options.MaxConflictAttempts)
            {
                var error = new GrainConcurrencyException(id.Type, id.Key, journaled.ConfirmedVersion, attempt);
                for (var i = _settled; i < _batch.Count; i++) _batch[i].Fail(error);
                return;
            }
            catalog.Statistics.Rerun();
        }
    }

    /// <summary>Called from inside a turn by <c>ConfirmEvents</c>: commits everything raised so far in this batch.</summary>
    public async Task ConfirmFromTurnAsync()
    {
        if (_journaled is not { PendingCount: > 0 } journaled) return;
        if (!await CommitAsync(journaled)) throw new JournalConflictSignal();
        // The calls before this one are durable and final: answer them now.
        for (var i = _settled; i < _current; i++) _batch[i].Release();
        _settled = _current;
        _partial = _current;
        _confirmedInTurn = true;
    }

    private async Task<bool> CommitAsync(IJournaledGrain journaled)
    {
        var count = journaled.PendingCount;
        var first = journaled.ConfirmedVersion + 1;
        var last = journaled.ConfirmedVersion + count;
        var append = new JournalAppend(id.Type, id.Key, first, last, Guid.NewGuid(), journaled.SerializePending(Json),
            journaled.PendingIndexEntries(Json));
        bool stored;
        try
        {
            stored = await catalog.Journal.AppendAsync(append);
        }
        catch
        {
            // The events may or may not have landed: the state is re-read from the journal before the next turn.
            _needsReload = true;
            throw;
        }
        if (!stored)
        {
            catalog.Statistics.Conflicted();
            return false;
        }
        var events = catalog.ChangeFeed.HasSubscribers ? journaled.PendingEvents(count) : null;
        journaled.MarkConfirmed();
        // The append proved the state current, so the refusals made on it stand.
        _refusedSinceCommit = false;
        catalog.Statistics.Committed();
        if (events is not null) catalog.ChangeFeed.Publish(new GrainChange(id, first, last, events, FromOtherNode: false));
        if (journaled.IsSnapshotDue(first, last, catalog.Options.SnapshotEvery))
        {
            catalog.Journal.WriteSnapshotInBackground(id, last, journaled.SerializeState(Json));
            catalog.Statistics.Snapshotted();
        }
        return true;
    }

    /// <summary>
    /// True when another node appended after the version this activation holds (its notification not heard yet): the
    /// newer commits are applied, so the calls can run again on the state the database has, rather than a receptionist
    /// being told a booking made a moment ago on another node does not exist.
    /// </summary>
    private async Task<bool> CaughtUpWithOtherNodesAsync(IJournaledGrain journaled)
    {
        IReadOnlyList<StoredCommit> newer;
        try
        {
            newer = await catalog.Journal.ReadCommitsAsync(id, journaled.ConfirmedVersion);
        }
        catch
        {
            _needsReload = true;
            throw;
        }
        if (newer.Count == 0) return false;
        foreach (var commit in newer) journaled.ApplyCommit(commit, Json);
        catalog.Statistics.RefusedWhileStale();
        return true;
    }

    private async Task CatchUpIfNeededAsync(IJournaledGrain journaled)
    {
        var stale = Interlocked.Exchange(ref _staleUpTo, 0);
        if (catalog.Deaf) stale = long.MaxValue;
        try
        {
            if (_needsReload)
            {
                await LoadAsync(journaled);
                _needsReload = false;
            }
            else if (stale > journaled.ConfirmedVersion)
            {
                foreach (var commit in await catalog.Journal.ReadCommitsAsync(id, journaled.ConfirmedVersion))
                    journaled.ApplyCommit(commit, Json);
            }
        }
        catch
        {
            _needsReload = true;
            throw;
        }
    }

    /// <summary>
    /// Undoes the events of a call that threw. The state is rebuilt from the journal and the batch's earlier
    /// events are raised again; false when the journal moved meanwhile, so the batch must run again.
    /// </summary>
    private async Task<bool> RollBackToAsync(IJournaledGrain journaled, int keep)
    {
        var version = journaled.ConfirmedVersion;
        var kept = journaled.PendingEvents(keep);
        var audited = journaled.TakeAudit();
        await LoadAsync(journaled);
        if (journaled.ConfirmedVersion != version) return false;
        journaled.ReplayPending(kept);
        journaled.RestoreAudit(audited);
        return true;
    }

    private async Task LoadAsync(IJournaledGrain journaled)
    {
        journaled.Reset();
        var stream = await catalog.Journal.ReadStreamAsync(id);
        var commits = stream.Commits;
        if (stream.Snapshot is { } snapshot)
        {
            try
            {
                journaled.ApplySnapshot(snapshot, Json);
            }
            catch (JsonException ex)
            {
                // A snapshot written by an older shape of the state: the full history still reads.
                catalog.Logger.LogWarning(ex, "{Grain}: snapshot v{Version} unreadable, replaying the journal", id, snapshot.Version);
                journaled.Reset();
                commits = await catalog.Journal.ReadCommitsAsync(id, 0);
            }
        }
        foreach (var commit in commits) journaled.ApplyCommit(commit, Json);
    }
}
