using System.Collections.Concurrent;
using Frontdesk.Bench.Measurement;

namespace Frontdesk.Bench.Cluster;

/// <summary>The receptionists' calls of <see cref="ChainTraffic"/>, the same mix over the same slots, against the naive scheduler.</summary>
internal sealed class NaiveTraffic(NaiveScheduler scheduler, ChainShape shape, bool hot)
{
    private readonly ConcurrentDictionary<int, List<(long Id, string Day)>> _mine = new();

    public async Task ReceptionistAsync(Caller caller)
    {
        var mine = _mine.GetOrAdd(caller.Index, _ => []);
        var random = Random.Shared;
        if (mine.Count > 0 && random.Next(3) == 0)
        {
            var index = random.Next(mine.Count);
            var (id, day) = mine[index];
            if (random.Next(2) == 0)
            {
                await scheduler.CancelAsync(id);
                mine.RemoveAt(index);
            }
            else
            {
                var start = 8 * 60 + 5 * random.Next(ChainShape.Slots);
                if (!await scheduler.MoveAsync(id, day, start, start + 15)) caller.CountConflict();
            }
            return;
        }
        var (branch, specialist, date) = shape.Pick(random, hot);
        var key = $"{branch}/{specialist}/{date}";
        var at = 8 * 60 + 5 * random.Next(ChainShape.Slots);
        if (await scheduler.BookAsync(key, at, at + 15) is { } booked) mine.Add((booked, key));
        else caller.CountConflict();
    }
}
