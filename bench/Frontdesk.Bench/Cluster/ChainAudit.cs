using System.Globalization;
using Frontdesk.Bench.Http;

namespace Frontdesk.Bench.Cluster;

/// <summary>
/// After a run, what the journal holds against what was acknowledged, read back through the API: acknowledged bookings
/// missing from their day (lost), pairs of active bookings of one day that overlap (double bookings), ticket numbers
/// acknowledged twice (duplicates), and numbers within a line's acknowledged range nobody was given (issued unacknowledged).
/// </summary>
internal sealed record ChainAudit(int Lost, int DoubleBookings, int DuplicateTickets, int UnacknowledgedTickets, int DaysRead)
{
    public static async Task<ChainAudit> RunAsync(EngineApi api, BranchRouting routing, ChainTraffic traffic)
    {
        var lost = 0;
        var doubles = 0;
        var days = traffic.Booked.Numbers.GroupBy(n => n.Value.DayPath).ToList();
        await Parallel.ForEachAsync(days, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (day, _) =>
        {
            // Read where the branch's bookings were made: another node's copy trails by its change feed's delay.
            var view = await api.GetAsync(new Uri(routing.NodeOf(day.Key.Split('/')[2]), day.Key).ToString());
            var bookings = view.GetProperty("bookings").EnumerateArray().ToList();
            var numbers = bookings.Select(b => b.GetProperty("number").GetString()).ToHashSet();
            Interlocked.Add(ref lost, day.Count(n => !numbers.Contains(n.Key)));
            var active = bookings.Where(b => b.GetProperty("status").GetString() is not ("Cancelled" or "NoShow"))
                .Select(b => (From: b.GetProperty("occupiedFrom").GetDateTimeOffset(), To: b.GetProperty("occupiedTo").GetDateTimeOffset())).ToList();
            var overlapping = 0;
            for (var i = 0; i < active.Count; i++)
                for (var j = i + 1; j < active.Count; j++)
                    if (active[i].From < active[j].To && active[j].From < active[i].To) overlapping++;
            Interlocked.Add(ref doubles, overlapping);
        });
        var (duplicates, unacknowledged) = (0, 0);
        foreach (var numbers in traffic.Tickets.Values)
        {
            var sequence = numbers.Select(n => int.Parse(n[(n.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture)).ToList();
            var distinct = sequence.Distinct().Count();
            duplicates += sequence.Count - distinct;
            unacknowledged += sequence.Max() - sequence.Min() + 1 - distinct;
        }
        return new ChainAudit(lost, doubles, duplicates, unacknowledged, days.Count);
    }
}
