using Frontdesk.TestSupport.Realtime;
using Frontdesk.Web.Calendar;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Realtime;

public sealed class five_hundred_screens_each_get_every_change_and_a_dropped_one_catches_up
{
    private const int Screens = 500;
    private const int Bookings = 10;

    [Fact]
    public async Task every_connection_sees_every_version_and_the_one_that_was_away_resyncs_to_the_same_state()
    {
        await using var engine = await LiveEngine.StartAsync();
        var (key, day) = await engine.WorkingDayAheadAsync();
        var topic = CalendarTopics.Topic(key.BranchId, key.Date);
        var screens = new List<LiveClient>();
        try
        {
            foreach (var batch in Enumerable.Range(0, Screens).Chunk(50))
                screens.AddRange(await Task.WhenAll(batch.Select(_ => engine.ConnectAsync())));
            var start = (await Task.WhenAll(screens.Select(s => s.SubscribeAsync(topic)))).Select(s => s.Items.Single(i => i.Key == key.ToString()).Version).Distinct().Single();
            var away = screens[^1];

            await engine.BookNextFreeAsync(day, key);
            await away.WaitForAsync(c => c.Key == key.ToString() && c.Version >= start + 1);
            await away.DisposeAsync();
            screens.Remove(away);
            for (var i = 1; i < Bookings; i++) await engine.BookNextFreeAsync(day, key);
            var final = (await day.GetAsync()).Version;
            await Task.WhenAll(screens.Select(s => s.WaitForAsync(c => c.Key == key.ToString() && c.Version == final)));

            foreach (var screen in screens)
            {
                // Every version from the snapshot's to the last, each exactly once across the pushes, in order.
                var covered = screen.Changes.Where(c => c.Key == key.ToString()).OrderBy(c => c.FirstVersion).ToList();
                Assert.Equal(start + 1, covered[0].FirstVersion);
                for (var i = 1; i < covered.Count; i++) Assert.Equal(covered[i - 1].Version + 1, covered[i].FirstVersion);
                Assert.Equal(final, covered[^1].Version);
            }
            await using var back = await engine.ConnectAsync();
            var resync = await back.SubscribeAsync(topic);
            var column = resync.Items.Single(i => i.Key == key.ToString());
            Assert.Equal(final, column.Version);
            Assert.Equal(Bookings, column.Data.GetProperty("day").GetProperty("bookings").GetArrayLength());
        }
        finally
        {
            await Task.WhenAll(screens.Select(s => s.DisposeAsync().AsTask()));
        }
    }
}
