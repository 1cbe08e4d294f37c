using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Silo.Journal;
using Frontdesk.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

[Collection(PostgresCollection.Name)]
public sealed class two_hundred_concurrent_bookings_of_one_day_never_overlap(PostgresServer postgres)
{
    private static readonly DateOnly Wednesday = new(2026, 11, 25);
    private static readonly string DayKey = Day(Moscow, Boris, Wednesday);

    /// <summary>Overlapping and partly overlapping requests: starts on a 5-minute grid, 15 to 85 minutes long.</summary>
    private static List<BookingRequest> Requests()
    {
        var random = new Random(20261125);
        string[][] menus = [[Massage60], [Express15], [Massage60, Express15], [Express15, Express15]];
        return [.. Enumerable.Range(0, 200).Select(_ =>
            Request(new TimeOnly(10, 0).AddMinutes(5 * random.Next(0, 100)), menus[random.Next(menus.Length)]))];
    }

    [Fact]
    public async Task on_one_node()
    {
        await using var chain = await TestChain.StartAsync();
        await SeedAsync(chain);

        var outcomes = await Task.WhenAll(Requests().Select(r => Attempt(chain, r)));

        await AssertNoOverlap(outcomes, chain.Services.GetRequiredService<IJournalStorage>());
    }

    [Fact]
    public async Task on_two_nodes_sharing_postgresql()
    {
        var database = await postgres.CreateDatabaseAsync("concurrent_bookings");
        await using var first = await TestChain.StartOnPostgresAsync(database);
        await using var second = await TestChain.StartOnPostgresAsync(database);
        await SeedAsync(first);

        var outcomes = await Task.WhenAll(Requests().Select((r, i) => Attempt(i % 2 == 0 ? first : second, r)));

        await AssertNoOverlap(outcomes, first.Services.GetRequiredService<IJournalStorage>());
        Assert.True(first.Statistics.AppendConflicts + second.Statistics.AppendConflicts > 0, "the two nodes should have raced on the day");
        // Each node hears the other's commits through PostgreSQL a moment later; then both show the same day.
        await Eventually.TrueAsync(async () =>
            (await first.Grains.GetGrain<ISpecialistDayGrain>(DayKey).GetAsync()).Version == (await second.Grains.GetGrain<ISpecialistDayGrain>(DayKey).GetAsync()).Version,
            "both nodes to show the same version of the day");
        Assert.Equal((await first.Grains.GetGrain<ISpecialistDayGrain>(DayKey).GetAsync()).Bookings.Select(b => b.Id).Order(),
            (await second.Grains.GetGrain<ISpecialistDayGrain>(DayKey).GetAsync()).Bookings.Select(b => b.Id).Order());
    }

    private static async Task<(Booking? Booked, CommandRejectedException? Refused)> Attempt(TestChain chain, BookingRequest request)
    {
        try
        {
            return (await chain.Grains.GetGrain<ISpecialistDayGrain>(DayKey).BookAsync(request), null);
        }
        catch (CommandRejectedException refused)
        {
            return (null, refused);
        }
    }

    private static async Task AssertNoOverlap((Booking? Booked, CommandRejectedException? Refused)[] outcomes, IJournalStorage journal)
    {
        var booked = outcomes.Select(o => o.Booked).OfType<Booking>().ToList();
        var refused = outcomes.Select(o => o.Refused).OfType<CommandRejectedException>().ToList();
        Assert.Equal(200, booked.Count + refused.Count);
        Assert.True(booked.Count >= 8, $"only {booked.Count} bookings got through");
        Assert.True(refused.Count > 0);
        var byNumber = booked.ToDictionary(b => b.Number);
        foreach (var r in refused)
        {
            Assert.Equal(("slot-taken", RejectionKind.Conflict), (r.Code, r.Kind));
            // The booking named as in the way is one that really was made.
            Assert.Contains((string)r.Details["conflictingBooking"]!, byNumber.Keys);
        }
        var ordered = booked.OrderBy(b => b.OccupiedFrom).ToList();
        for (var i = 1; i < ordered.Count; i++) Assert.True(ordered[i - 1].OccupiedTo <= ordered[i].OccupiedFrom);
        var stored = await JournalAudit.BookingsAsync(journal, DayKey);
        Assert.Empty(JournalAudit.Overlaps(stored));
        Assert.Equal(booked.Select(b => b.Id).Order(), stored.Select(s => s.Id).Order());
    }
}
