using System.Text.Json;
using Frontdesk.Silo.Journal;
using Frontdesk.Silo.Runtime;

namespace Frontdesk.Silo;

/// <summary>
/// A grain whose state is the fold of its events, as Orleans' <c>JournaledGrain</c>.
/// <see cref="RaiseEvent"/> updates the tentative <see cref="State"/> at once. The events of a turn are
/// confirmed when the turn ends, together with those of the calls that waited in the mailbox behind it
/// (one append for many commands); each caller is answered only once its events are durable. A turn that
/// must know its events are durable before it acts on the world awaits <see cref="ConfirmEvents"/>.
/// </summary>
public abstract class JournaledGrain<TState, TEvent> : Grain, IJournaledGrain
    where TState : class, new()
    where TEvent : notnull
{
    private TState _state = new();
    private long _version;
    private readonly List<TEvent> _pending = [];
    private readonly List<AuditEntry> _audited = [];
    private AuditedCall? _call;

    /// <summary>The tentative state: confirmed events plus the ones raised and not yet confirmed.</summary>
    protected TState State => _state;

    /// <summary>How many events are confirmed (durable).</summary>
    protected long Version => _version;

    /// <summary>The version the state will have once the events raised so far are confirmed.</summary>
    protected long TentativeVersion => _version + _pending.Count;

    protected void RaiseEvent(TEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (_call is not null && AuditSubject(@event) is { } subject)
        {
            // The subject's view is read before this event changes it: the first event of a call on a subject sees it as it was.
            if (!_call.Touched(subject)) _call.Add(subject, ViewOf(subject));
            _call.Note(subject, @event.GetType().Name);
        }
        TransitionState(_state, @event);
        _pending.Add(@event);
    }

    protected void RaiseEvents(IEnumerable<TEvent> events)
    {
        foreach (var @event in events) RaiseEvent(@event);
    }

    /// <summary>Makes every event raised so far durable. Returns when they are.</summary>
    protected Task ConfirmEvents() => Activation.ConfirmFromTurnAsync();

    /// <summary>
    /// The index entries to store with a commit of <paramref name="events"/>, read from the state after them.
    /// Called once per commit attempt; entries of a commit that loses a race are not stored.
    /// </summary>
    protected virtual IEnumerable<IndexEntry> IndexEntries(IReadOnlyList<TEvent> events) => [];

    /// <summary>Whether commands on this grain are audited; false for the engine's own bookkeeping (idempotency records).</summary>
    protected virtual bool Audited => true;

    /// <summary>
    /// What an event changes, as an audit subject ("booking:B-1"): by default the grain itself. Null for housekeeping
    /// events that another event of the same command already accounts for.
    /// </summary>
    protected virtual string? AuditSubject(TEvent @event) => GrainId.ToString();

    /// <summary>The subject's view now (what history shows before and after a change); by default the whole state.</summary>
    protected virtual object? AuditView(string subject) => _state;

    /// <summary>
    /// Whether the commit of versions <paramref name="firstVersion"/>..<paramref name="lastVersion"/> stores a snapshot.
    /// By default one each time a multiple of <paramref name="snapshotEvery"/> (SiloOptions.SnapshotEvery, 0 for never)
    /// is crossed. A grain whose state grows with every event (a queue's day of tickets) snapshots less often, since
    /// each snapshot writes the whole state.
    /// </summary>
    protected virtual bool IsSnapshotDue(long firstVersion, long lastVersion, int snapshotEvery) =>
        snapshotEvery > 0 && lastVersion / snapshotEvery > (firstVersion - 1) / snapshotEvery;

    /// <summary>Folds one event into the state; by default the state folds it itself.</summary>
    protected virtual void TransitionState(TState state, TEvent @event)
    {
        if (state is IJournaledState<TEvent> folding) folding.Apply(@event);
        else throw new InvalidOperationException(
            $"{GetType().Name}: {typeof(TState).Name} does not implement IJournaledState<{typeof(TEvent).Name}>; override TransitionState.");
    }

    long IJournaledGrain.ConfirmedVersion => _version;
    int IJournaledGrain.PendingCount => _pending.Count;

    void IJournaledGrain.Reset()
    {
        _state = new TState();
        _version = 0;
        _pending.Clear();
        _audited.Clear();
        _call = null;
    }

    void IJournaledGrain.BeginCall(Caller caller, string command, DateTimeOffset at) =>
        _call = Audited ? new AuditedCall(caller, command, at) : null;

    void IJournaledGrain.EndCall(bool keep)
    {
        if (keep && _call is not null) _audited.AddRange(EntriesOf(_call));
        _call = null;
    }

    List<AuditEntry> IJournaledGrain.TakeAudit()
    {
        var taken = new List<AuditEntry>(_audited);
        _audited.Clear();
        return taken;
    }

    void IJournaledGrain.RestoreAudit(List<AuditEntry> entries) => _audited.AddRange(entries);

    private IEnumerable<AuditEntry> EntriesOf(AuditedCall call)
    {
        var who = call.Caller;
        foreach (var (subject, before, events, entryId) in call.Subjects)
            yield return new AuditEntry(entryId, call.At, who.Actor, who.ActorKind, who.Roles, who.Branch, who.RemoteAddress,
                GrainId.ToString(), TentativeVersion, call.Command, subject, events, before, ViewOf(subject));
    }

    private JsonElement? ViewOf(string subject) =>
        AuditView(subject) is { } view ? JsonSerializer.SerializeToElement(view, view.GetType(), Activation.Catalog.Options.Json) : null;

    void IJournaledGrain.ApplySnapshot(StoredSnapshot snapshot, JsonSerializerOptions json)
    {
        _state = JsonSerializer.Deserialize<TState>(snapshot.StateJson, json) ?? new TState();
        _version = snapshot.Version;
    }

    void IJournaledGrain.ApplyCommit(StoredCommit commit, JsonSerializerOptions json)
    {
        if (commit.FirstVersion != _version + 1)
            throw new InvalidOperationException(
                $"Journal of {GrainId} has a gap: expected version {_version + 1}, found {commit.FirstVersion}.");
        var events = JsonSerializer.Deserialize<List<TEvent>>(commit.EventsJson, json) ?? [];
        foreach (var @event in events) TransitionState(_state, @event);
        _version = commit.LastVersion;
    }

    IReadOnlyList<object> IJournaledGrain.PendingEvents(int count)
    {
        var copy = new object[count];
        for (var i = 0; i < count; i++) copy[i] = _pending[i];
        return copy;
    }

    string IJournaledGrain.SerializePending(JsonSerializerOptions json) => JsonSerializer.Serialize(_pending, json);

    IReadOnlyList<JournalIndexEntry>? IJournaledGrain.PendingIndexEntries(JsonSerializerOptions json)
    {
        List<JournalIndexEntry>? entries = null;
        foreach (var entry in IndexEntries(_pending))
        {
            ArgumentException.ThrowIfNullOrEmpty(entry.Index);
            ArgumentException.ThrowIfNullOrEmpty(entry.EntryId);
            (entries ??= []).Add(new JournalIndexEntry(entry.Index, entry.EntryId, entry.Key ?? "",
                entry.Data is null ? null : JsonSerializer.Serialize(entry.Data, entry.Data.GetType(), json)));
        }
        // A call that confirms part-way has its part so far audited with that part's commit.
        var open = _call is null ? [] : EntriesOf(_call);
        foreach (var audit in _audited.Concat(open))
            (entries ??= []).Add(new JournalIndexEntry(AuditEntry.Index, audit.Id, AuditEntry.KeyOf(audit.Subject, audit.At, audit.Version),
                JsonSerializer.Serialize(audit, json)));
        return entries;
    }

    void IJournaledGrain.MarkConfirmed()
    {
        _version += _pending.Count;
        _pending.Clear();
        _audited.Clear();
        // The open call keeps its subjects and entry ids: what it does next rewrites the entries this commit stored.
    }

    void IJournaledGrain.ReplayPending(IReadOnlyList<object> events)
    {
        foreach (var @event in events) RaiseEvent((TEvent)@event);
    }

    string IJournaledGrain.SerializeState(JsonSerializerOptions json) => JsonSerializer.Serialize(_state, json);

    bool IJournaledGrain.IsSnapshotDue(long firstVersion, long lastVersion, int snapshotEvery) =>
        IsSnapshotDue(firstVersion, lastVersion, snapshotEvery);

    Type IJournaledGrain.EventType => typeof(TEvent);
}
