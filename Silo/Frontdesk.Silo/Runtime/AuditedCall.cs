using System.Text.Json;

namespace Frontdesk.Silo.Runtime;

/// <summary>
/// One grain call being audited: who and what, and each subject's view as it was before the call touched it. Each subject
/// has one entry id for the whole call: a call that confirms part-way writes its entry with that commit and rewrites the
/// same entry (same before, all events, the after at the end) with the next, so a change is one entry, however many
/// commits it took.
/// </summary>
internal sealed class AuditedCall(Caller caller, string command, DateTimeOffset at)
{
    public Caller Caller => caller;
    public string Command => command;
    public DateTimeOffset At => at;

    /// <summary>Subjects in the order the call first touched them, with their view before and the events raised on them.</summary>
    public List<(string Subject, JsonElement? Before, List<string> Events, string EntryId)> Subjects { get; } = [];

    public bool Touched(string subject) => Subjects.Exists(s => s.Subject == subject);

    public void Add(string subject, JsonElement? before) => Subjects.Add((subject, before, [], Guid.CreateVersion7().ToString("N")));

    public void Note(string subject, string eventName) => Subjects.Find(s => s.Subject == subject).Events.Add(eventName);
}
