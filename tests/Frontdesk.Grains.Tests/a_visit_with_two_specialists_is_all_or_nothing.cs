using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Sagas;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

public sealed class a_visit_with_two_specialists_is_all_or_nothing
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private static readonly VisitRequest Visit = new(Client,
        [new VisitPart(Day(Moscow, Anna, Tuesday), [Facial30], new TimeOnly(10, 0)), new VisitPart(Day(Moscow, Boris, Tuesday), [Massage60], new TimeOnly(10, 40))],
        Confirmed: true);

    [Fact]
    public async Task both_parts_are_booked_as_one_visit()
    {
        await using var chain = await TestChain.StartAsync();
        await SeedAsync(chain);

        var bookings = await chain.Grains.GetGrain<IVisitBookingSaga>("visit-1").RunAsync(Visit);

        Assert.Equal(2, bookings.Count);
        Assert.All(bookings, b => Assert.Equal((BookingStatus.Confirmed, "visit-1"), (b.Status, b.VisitId)));
    }

    [Fact]
    public async Task a_refused_second_part_cancels_the_first()
    {
        await using var chain = await TestChain.StartAsync();
        await SeedAsync(chain);
        await chain.Grains.GetGrain<ISpecialistDayGrain>(Day(Moscow, Boris, Tuesday)).BookAsync(Request(new TimeOnly(11, 0)));

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => chain.Grains.GetGrain<IVisitBookingSaga>("visit-2").RunAsync(Visit));

        Assert.Equal("slot-taken", refused.Code);
        var anna = await chain.Grains.GetGrain<ISpecialistDayGrain>(Day(Moscow, Anna, Tuesday)).GetAsync();
        Assert.Equal(BookingStatus.Cancelled, Assert.Single(anna.Bookings).Status);
    }

    [Fact]
    public async Task a_crash_between_the_parts_is_resumed_after_a_restart()
    {
        using var folder = new TempFolder();
        var faults = new InjectedFaults("confirm-part-1");
        await using (var before = await TestChain.StartOnSqliteAsync(folder.File("journal.db"), services: s => s.AddSingleton<ISagaFaults>(faults)))
        {
            await SeedAsync(before);
            await Assert.ThrowsAsync<InjectedCrashException>(() => before.Grains.GetGrain<IVisitBookingSaga>("visit-3").RunAsync(Visit));
        }
        await using var after = await TestChain.StartOnSqliteAsync(folder.File("journal.db"), now: TestChain.DefaultNow.AddMinutes(1));

        await after.Host.DeliverDueRemindersAsync();

        var saga = await after.Grains.GetGrain<IVisitBookingSaga>("visit-3").GetAsync();
        Assert.Equal(SagaStatus.Completed, saga.Status);
        var days = await Task.WhenAll(Visit.Parts.Select(p => after.Grains.GetGrain<ISpecialistDayGrain>(p.DayKey).GetAsync()));
        Assert.All(days, d => Assert.Equal(BookingStatus.Confirmed, Assert.Single(d.Bookings).Status));
    }
}
