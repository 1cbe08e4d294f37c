using Frontdesk.Silo;

namespace Frontdesk.Web.Tests.Security;

/// <summary>
/// Every commit the engine makes while a test runs, except the ones a refusal itself makes: the access log's entry, the
/// recorded refusal of an Idempotency-Key, and a saga's record that its operation was refused (so a retry of the same
/// key is refused alike). "Nothing changed" is this list being empty.
/// </summary>
public sealed class ChangeRecorder : IDisposable
{
    private static readonly HashSet<string> Bookkeeping = ["access-log", "idempotent-request", "visit-booking-saga", "booking-move-saga"];
    private readonly System.Collections.Concurrent.ConcurrentQueue<GrainChange> _changes = new();
    private readonly IDisposable _subscription;

    public ChangeRecorder(GrainChangeFeed feed) => _subscription = feed.Subscribe(change =>
    {
        if (!Bookkeeping.Contains(change.Grain.Type)) _changes.Enqueue(change);
    });

    public IReadOnlyCollection<GrainChange> Changes => _changes;

    public void Clear() => _changes.Clear();

    public void Dispose() => _subscription.Dispose();
}
