using System.Text.Json;
using Frontdesk.Silo.Journal;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>
/// Reads a specialist-day's history straight from the journal table and folds it on its own (not with the grain's
/// state class), so a test can check what is stored, not what the grain believes.
/// </summary>
public static class JournalAudit
{
    public sealed record StoredBooking(string Id, string Number, DateTimeOffset From, DateTimeOffset To, string Status, long PlacedAtVersion);

    public static async Task<IReadOnlyList<StoredBooking>> BookingsAsync(IJournalStorage storage, string dayKey)
    {
        var bookings = new Dictionary<string, StoredBooking>();
        var commits = await storage.ReadCommitsAsync("specialist-day", dayKey, 0, CancellationToken.None);
        var expected = 1L;
        foreach (var commit in commits)
        {
            Assert.Equal(expected, commit.FirstVersion);
            expected = commit.LastVersion + 1;
            using var events = JsonDocument.Parse(commit.EventsJson);
            var version = commit.FirstVersion;
            foreach (var e in events.RootElement.EnumerateArray())
            {
                var kind = e.GetProperty("$event").GetString();
                if (kind == "booking-placed")
                {
                    var b = e.GetProperty("booking");
                    var id = b.GetProperty("id").GetString()!;
                    bookings[id] = new StoredBooking(id, b.GetProperty("number").GetString()!, b.GetProperty("occupiedFrom").GetDateTimeOffset(),
                        b.GetProperty("occupiedTo").GetDateTimeOffset(), b.GetProperty("status").GetString()!, version);
                }
                else if (kind is "booking-cancelled" or "booking-no-show" or "hold-expired" or "booking-transferred-out" or "resource-unavailable")
                {
                    var id = e.GetProperty("bookingId").GetString()!;
                    bookings[id] = bookings[id] with { Status = "Cancelled" };
                }
                version++;
            }
        }
        return [.. bookings.Values];
    }

    /// <summary>Pairs of stored bookings that hold overlapping time and are both still active.</summary>
    public static IReadOnlyList<(StoredBooking, StoredBooking)> Overlaps(IReadOnlyList<StoredBooking> bookings)
    {
        var active = bookings.Where(b => b.Status != "Cancelled").OrderBy(b => b.From).ToList();
        var overlaps = new List<(StoredBooking, StoredBooking)>();
        for (var i = 0; i < active.Count; i++)
            for (var j = i + 1; j < active.Count && active[j].From < active[i].To; j++)
                overlaps.Add((active[i], active[j]));
        return overlaps;
    }
}
