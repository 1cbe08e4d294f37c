using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Demo;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Silo.Journal;

namespace Frontdesk.Grains.Tests.Demo;

public sealed class the_demo_books_a_lively_calendar_for_today_and_the_days_after
{
    /// <summary>Monday, 09:00 in Moscow and 11:00 in Yekaterinburg.</summary>
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestChain.DefaultNow.UtcDateTime);

    private static async Task<IReadOnlyList<SpecialistDayView>> DaysAsync(TestChain chain, DateOnly date)
    {
        var catalog = await chain.Catalog.GetAsync();
        var keys = catalog.Branches.SelectMany(b => catalog.SpecialistsOf(b.Id).Select(s => new SpecialistDayKey(b.Id, s.Id, date).ToString()));
        return await Task.WhenAll(keys.Select(k => chain.Grains.GetGrain<ISpecialistDayGrain>(k).GetAsync()));
    }

    /// <summary>The share of the working time left after now that active bookings take.</summary>
    private static double BookedShare(IEnumerable<SpecialistDayView> days, TimeZoneInfo zone, DateTimeOffset now)
    {
        double working = 0, booked = 0;
        foreach (var day in days)
        {
            foreach (var hours in day.Hours)
            {
                var from = Max(now, At(day.Date, hours.Start, zone));
                var to = At(day.Date, hours.End, zone);
                if (to > from) working += (to - from).TotalMinutes;
            }
            booked += day.Bookings.Where(b => b.OccupiesAt(now)).Sum(b => (b.OccupiedTo - Max(now, b.OccupiedFrom)).TotalMinutes);
        }
        return booked / working;
    }

    private static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    [Fact]
    public async Task today_is_about_two_thirds_booked_with_every_kind_of_booking_and_the_days_after_less()
    {
        await using var chain = await TestChain.StartAsync();
        var report = await chain.Service<DemoChainSeeder>().SeedAsync(Today);
        var catalog = await chain.Catalog.GetAsync();
        var today = await DaysAsync(chain, Today);
        var inThreeDays = await DaysAsync(chain, Today.AddDays(3));
        var bookings = today.SelectMany(d => d.Bookings).ToList();

        Assert.Equal(report.Bookings, (await Task.WhenAll(Enumerable.Range(0, 4).Select(i => DaysAsync(chain, Today.AddDays(i)))))
            .SelectMany(days => days).Sum(d => d.Bookings.Count));
        foreach (var branch in new[] { DemoBranches.Tverskaya, DemoBranches.Arbat })
            Assert.InRange(BookedShare(today.Where(d => d.BranchId == branch), catalog.TimeZoneOf(branch), chain.Time.GetUtcNow()), 0.55, 0.8);
        Assert.All(catalog.Branches, b => Assert.Contains(bookings, booking => booking.BranchId == b.Id));
        Assert.Subset(bookings.Select(b => b.Status).ToHashSet(),
            new HashSet<BookingStatus> { BookingStatus.Confirmed, BookingStatus.Unconfirmed, BookingStatus.Arrived, BookingStatus.Cancelled });
        Assert.Contains(bookings, b => b.Source == BookingSource.Online);
        Assert.Contains(bookings, b => b.Services.Count > 1);
        Assert.Contains(bookings, b => b.ResourceId is not null);
        // Cancelled by the clients, never refused for want of a room.
        Assert.All(bookings.Where(b => b.Status == BookingStatus.Cancelled), b => Assert.DoesNotContain("no-free", b.CancelReason));
        Assert.True(inThreeDays.Sum(d => d.Bookings.Count) < bookings.Count);
    }

    [Fact]
    public async Task visits_around_the_time_of_the_run_show_their_clients_in_the_chair_or_missing_and_the_next_ones_arrived()
    {
        var now = TestChain.DefaultNow.AddHours(1);
        await using var chain = await TestChain.StartAsync(now: now);
        await chain.Service<DemoChainSeeder>().SeedAsync(Today);
        var bookings = (await DaysAsync(chain, Today)).SelectMany(d => d.Bookings).Where(b => b.Status != BookingStatus.Cancelled).ToList();

        var begun = bookings.Where(b => b.Start <= now).ToList();
        Assert.NotEmpty(begun);
        Assert.All(begun, b => Assert.Contains(b.Status, new[] { BookingStatus.InProgress, BookingStatus.NoShow, BookingStatus.Completed }));
        Assert.All(bookings, b => Assert.True(b.Start >= now.AddMinutes(-15), $"{b.Number} starts before the day allows"));
        Assert.Contains(bookings, b => b.Status == BookingStatus.Arrived && b.Start > now);
        Assert.All(bookings.Where(b => b.Start > now.AddMinutes(45)), b => Assert.Contains(b.Status, new[] { BookingStatus.Confirmed, BookingStatus.Unconfirmed }));
    }

    [Fact]
    public async Task the_same_date_plans_the_same_visits_and_a_second_run_adds_nothing()
    {
        await using var first = await TestChain.StartAsync();
        await using var second = await TestChain.StartAsync();
        await first.Service<DemoChainSeeder>().SeedAsync(Today);
        await second.Service<DemoChainSeeder>().SeedAsync(Today);
        var commits = first.Statistics.Commits;
        var clients = (await first.Index.QueryAsync<ClientCard>(new IndexQuery(ClientIndexes.Clients))).Select(hit => hit.Data).ToList();

        var again = await first.Service<DemoBookings>().SeedAsync(Today, clients);

        static async Task<string[]> Calendar(TestChain chain) => [.. (await DaysAsync(chain, Today)).SelectMany(d => d.Bookings)
            .Select(b => $"{b.Number} {b.Start:O} {string.Join('+', b.Services.Select(s => s.ServiceId))} {b.Client.Name} {b.Status} {b.Source}").Order()];
        Assert.Equal(await Calendar(first), await Calendar(second));
        Assert.Equal(commits, first.Statistics.Commits);
        Assert.True(again > 0);
    }
}
