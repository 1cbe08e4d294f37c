using Frontdesk.Grains.Availability;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.TestSupport;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

[Collection(PostgresCollection.Name)]
public sealed class a_slot_booked_on_another_node_leaves_this_nodes_nearest_slot_answers(PostgresServer postgres)
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    [Fact]
    public async Task as_soon_as_the_other_nodes_commit_is_heard()
    {
        var database = await postgres.CreateDatabaseAsync("nearest_cluster");
        await using var first = await TestChain.StartOnPostgresAsync(database);
        await using var second = await TestChain.StartOnPostgresAsync(database);
        await SeedAsync(first);
        var search = new SlotSearch(Massage60, BranchId: Moscow, SpecialistId: Anna, From: Tuesday, Days: 1, Limit: 3);
        var finder = first.Service<AvailabilityFinder>();
        var before = await finder.FindNearestAsync(search);
        var cache = first.Service<DayOccupancyCache>();
        var misses = cache.Misses;
        Assert.Equal(before, await finder.FindNearestAsync(search));
        Assert.Equal(misses, cache.Misses);

        await second.Grains.GetGrain<ISpecialistDayGrain>(Day(Moscow, Anna, Tuesday)).BookAsync(Request(before[0].Start));

        await Eventually.TrueAsync(async () => (await finder.FindNearestAsync(search))[0].Start != before[0].Start,
            "the first node to stop offering the slot the second node booked");
        // The massage and its clean-up take 70 minutes from the booked start: no answer starts inside them.
        var booked = before[0].StartsAt;
        Assert.All(await finder.FindNearestAsync(search), s => Assert.True(s.StartsAt >= booked.AddMinutes(70)));
    }
}
