using System.Text.Json;

namespace Frontdesk.Silo;

/// <summary>
/// What one command changed of one subject (a booking, a client, a ticket, a grain), by whom, when and from where,
/// with the subject's view before and after. Written to the <see cref="Index"/> index in the transaction of the
/// commit that holds the command's events, so an audit entry exists exactly when the change does.
/// </summary>
public sealed record AuditEntry(
    string Id, DateTimeOffset At, string Actor, string ActorKind, IReadOnlyList<string> Roles, string? Branch, string? RemoteAddress,
    string Grain, long Version, string Command, string Subject, IReadOnlyList<string> Events, JsonElement? Before, JsonElement? After)
{
    public const string Index = "audit";

    /// <summary>Entries of one subject sort by time, then by the grain's version.</summary>
    public static string KeyOf(string subject, DateTimeOffset at, long version) =>
        $"{subject}|{at.UtcDateTime:yyyyMMddHHmmssfffffff}|{version:D12}";
}
