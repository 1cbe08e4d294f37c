using System.Text.Json;
using Frontdesk.Silo.Journal;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>
/// Reads a queue counter's issued numbers straight from the journal table (not through the grain's state), so a test
/// checks what is stored: every number once, from 1 with no gap, each for one operation.
/// </summary>
public static class QueueAudit
{
    public sealed record StoredIssue(string Number, string TicketId, string OperationId, long Version);

    public static async Task<IReadOnlyList<StoredIssue>> IssuesAsync(IJournalStorage storage, string counterKey)
    {
        var issues = new List<StoredIssue>();
        var expected = 1L;
        foreach (var commit in await storage.ReadCommitsAsync("queue-counter", counterKey, 0, CancellationToken.None))
        {
            Assert.Equal(expected, commit.FirstVersion);
            expected = commit.LastVersion + 1;
            using var events = JsonDocument.Parse(commit.EventsJson);
            var version = commit.FirstVersion;
            foreach (var e in events.RootElement.EnumerateArray())
            {
                if (e.GetProperty("$event").GetString() == "ticket-issued")
                {
                    var ticket = e.GetProperty("ticket");
                    issues.Add(new StoredIssue(ticket.GetProperty("number").GetString()!, ticket.GetProperty("id").GetString()!,
                        e.GetProperty("operationId").GetString()!, version));
                }
                version++;
            }
        }
        return issues;
    }

    /// <summary>The stored numbers are prefix-001, prefix-002, … in journal order, none missing and none twice; and one per operation.</summary>
    public static void AssertGapFree(IReadOnlyList<StoredIssue> issues, string prefix)
    {
        Assert.Equal(Enumerable.Range(1, issues.Count).Select(n => $"{prefix}-{n:000}"), issues.Select(i => i.Number));
        Assert.Equal(issues.Count, issues.Select(i => i.OperationId).Distinct().Count());
        Assert.Equal(issues.Count, issues.Select(i => i.TicketId).Distinct().Count());
    }
}
