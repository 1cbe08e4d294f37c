namespace Frontdesk.Grains.Security;

/// <summary>Refusals are appended, many to a commit when they come in bursts; each is an audit entry of its scope.</summary>
[GrainType("access-log")]
public sealed class AccessLogGrain : JournaledGrain<AccessLogState, AccessRefused>, IAccessLogGrain
{
    public Task RecordAsync(AccessRefusal refusal)
    {
        RaiseEvent(new AccessRefused(refusal));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AccessRefusal>> GetAsync() => Task.FromResult<IReadOnlyList<AccessRefusal>>(State.Refusals);

    protected override string? AuditSubject(AccessRefused @event) => AuditSubjects.Access(GetPrimaryKeyString().Split('/')[0]);

    // The refusal itself is the entry's "after"; the day's whole list is not.
    protected override object? AuditView(string subject) => State.Refusals.LastOrDefault();
}
