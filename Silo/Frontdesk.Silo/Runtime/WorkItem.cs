namespace Frontdesk.Silo.Runtime;

/// <summary>
/// One call waiting in, or running from, a grain's mailbox. Its outcome is kept, not handed back at once:
/// a journaled grain answers its callers only when the events of their turns are durable, and re-runs
/// them when the append lost a race.
/// </summary>
internal abstract class WorkItem(Caller? caller, string command)
{
    /// <summary>Who the call is made for, as it was where the call was made.</summary>
    public Caller? Caller => caller;

    /// <summary>The grain method's name, for the audit.</summary>
    public string Command => command;

    /// <summary>Runs the call's turn; true when the grain method threw (the exception is kept as the outcome).</summary>
    public abstract ValueTask<bool> RunAsync(Grain grain);

    /// <summary>Hands the kept outcome to the caller.</summary>
    public abstract void Release();

    /// <summary>Answers the caller with an error instead of the kept outcome.</summary>
    public abstract void Fail(Exception error);
}
