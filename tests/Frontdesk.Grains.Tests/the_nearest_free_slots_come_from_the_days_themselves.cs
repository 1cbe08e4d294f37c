using Frontdesk.Grains.Availability;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

public sealed class the_nearest_free_slots_come_from_the_days_themselves : ChainTest
{
    private AvailabilityFinder Finder => Chain.Service<AvailabilityFinder>();

    [Fact]
    public async Task across_the_chain_they_are_sorted_by_real_time_over_branches_and_zones()
    {
        var slots = await Finder.FindNearestAsync(new SlotSearch(Massage60, Limit: 6));

        Assert.Equal(6, slots.Count);
        Assert.Equal(slots.OrderBy(s => s.StartsAt), slots);
        // Now is 09:00 in Moscow and 07:00 in Berlin on Monday 23 November: Anna and Clara are both free at once, the same instant.
        Assert.Equal([(Moscow, Anna, new TimeOnly(9, 0)), (Berlin, SmallChain.Clara, new TimeOnly(7, 0))],
            slots.Take(2).Select(s => (s.BranchId, s.SpecialistId, s.Start)));
        Assert.Equal(slots[0].StartsAt, slots[1].StartsAt);
        Assert.All(slots, s => Assert.True(s.StartsAt >= TestChain.DefaultNow));
    }

    [Fact]
    public async Task a_booking_takes_its_slot_out_of_the_answers_at_once()
    {
        var before = await Finder.FindNearestAsync(new SlotSearch(Massage60, BranchId: Moscow, From: Tuesday, Days: 1, Limit: 100));
        var first = before.First(s => s.SpecialistId == Anna);

        await Day(Moscow, Anna, Tuesday).BookAsync(Request(first.Start));
        var after = await Finder.FindNearestAsync(new SlotSearch(Massage60, BranchId: Moscow, From: Tuesday, Days: 1, Limit: 100));

        Assert.Contains(before, s => s.SpecialistId == Anna && s.Start == first.Start);
        Assert.DoesNotContain(after, s => s.SpecialistId == Anna && s.Start == first.Start);
        // The massage and its ten-minute clean-up keep Anna until 10:10: her next start on the quarter-hour grid is 10:15.
        Assert.Equal(new TimeOnly(10, 15), after.First(s => s.SpecialistId == Anna).Start);
    }

    [Fact]
    public async Task a_city_or_a_specialist_narrows_the_search_and_days_off_have_no_slots()
    {
        var moscow = await Finder.FindNearestAsync(new SlotSearch(Massage60, City: "moscow", Limit: 50));
        var annaOnSaturday = await Finder.FindNearestAsync(new SlotSearch(Massage60, SpecialistId: Anna, From: new DateOnly(2026, 11, 28), Days: 2));
        var unknownCity = await Assert.ThrowsAsync<CommandRejectedException>(() => Finder.FindNearestAsync(new SlotSearch(Massage60, City: "Paris")));

        Assert.All(moscow, s => Assert.Equal(Moscow, s.BranchId));
        Assert.Empty(annaOnSaturday);
        Assert.Equal("unknown-city", unknownCity.Code);
    }
}
