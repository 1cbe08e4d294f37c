using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Sagas;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

public sealed class a_move_to_another_day_ends_with_exactly_one_booking
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private static readonly DateOnly Wednesday = new(2026, 11, 25);
    private static readonly string From = Day(Moscow, Anna, Tuesday);
    private static readonly string To = Day(Moscow, Boris, Wednesday);

    private static async Task<IReadOnlyList<Booking>> ActiveBookingsOfTheClient(TestChain chain)
    {
        var days = await Task.WhenAll(new[] { From, To }.Select(k => chain.Grains.GetGrain<ISpecialistDayGrain>(k).GetAsync()));
        return [.. days.SelectMany(d => d.Bookings).Where(b => b.Status is not (BookingStatus.Cancelled or BookingStatus.NoShow))];
    }

    [Fact]
    public async Task a_move_without_faults_cancels_the_source_and_confirms_the_target_linked_both_ways()
    {
        await using var chain = await TestChain.StartAsync();
        await SeedAsync(chain);
        var source = await chain.Grains.GetGrain<ISpecialistDayGrain>(From).BookAsync(Request(new TimeOnly(10, 0)) with { Confirmed = true });

        var target = await chain.Grains.GetGrain<IBookingMoveSaga>("op-1").RunAsync(new MoveRequest(From, source.Id, To, new TimeOnly(11, 0)));
        var again = await chain.Grains.GetGrain<IBookingMoveSaga>("op-1").RunAsync(new MoveRequest(From, source.Id, To, new TimeOnly(11, 0)));

        Assert.Equal(target, again);
        Assert.Equal((BookingStatus.Confirmed, source.Number), (target.Status, target.MovedFrom));
        var moved = await chain.Grains.GetGrain<ISpecialistDayGrain>(From).GetBookingAsync(source.Id);
        Assert.Equal((BookingStatus.Cancelled, target.Number), (moved.Status, moved.MovedTo));
        Assert.Equal(target.Id, Assert.Single(await ActiveBookingsOfTheClient(chain)).Id);
    }

    [Theory]
    [InlineData("place-target")]
    [InlineData("release-source")]
    [InlineData("confirm-target")]
    public async Task a_crash_before_any_step_is_finished_by_the_reminder_after_a_restart(string step)
    {
        using var folder = new TempFolder();
        var faults = new InjectedFaults(step);
        string sourceId;
        await using (var before = await TestChain.StartOnSqliteAsync(folder.File("journal.db"), services: s => s.AddSingleton<ISagaFaults>(faults)))
        {
            await SeedAsync(before);
            sourceId = (await before.Grains.GetGrain<ISpecialistDayGrain>(From).BookAsync(Request(new TimeOnly(10, 0)))).Id;
            await Assert.ThrowsAsync<InjectedCrashException>(() =>
                before.Grains.GetGrain<IBookingMoveSaga>("op-crash").RunAsync(new MoveRequest(From, sourceId, To, new TimeOnly(11, 0))));
        }

        await using var after = await TestChain.StartOnSqliteAsync(folder.File("journal.db"), now: TestChain.DefaultNow.AddMinutes(1));
        Assert.Equal(1, await after.Host.DeliverDueRemindersAsync());

        Assert.True(faults.Fired);
        var saga = await after.Grains.GetGrain<IBookingMoveSaga>("op-crash").GetAsync();
        Assert.Equal(SagaStatus.Completed, saga.Status);
        var only = Assert.Single(await ActiveBookingsOfTheClient(after));
        Assert.Equal((To, BookingStatus.Unconfirmed), (only.DayKey, only.Status));
        Assert.Equal(0, await after.Host.DeliverDueRemindersAsync());
    }

    [Theory]
    [InlineData("place-target")]
    [InlineData("release-source")]
    [InlineData("confirm-target")]
    public async Task a_failed_step_retried_by_the_caller_with_the_same_operation_finishes_the_move(string step)
    {
        var faults = new InjectedFaults(step);
        await using var chain = await TestChain.StartAsync(services: s => s.AddSingleton<ISagaFaults>(faults));
        await SeedAsync(chain);
        var source = await chain.Grains.GetGrain<ISpecialistDayGrain>(From).BookAsync(Request(new TimeOnly(10, 0)));
        var move = new MoveRequest(From, source.Id, To, new TimeOnly(11, 0));

        await Assert.ThrowsAsync<InjectedCrashException>(() => chain.Grains.GetGrain<IBookingMoveSaga>("op-retry").RunAsync(move));
        var target = await chain.Grains.GetGrain<IBookingMoveSaga>("op-retry").RunAsync(move);

        Assert.Equal(target.Id, Assert.Single(await ActiveBookingsOfTheClient(chain)).Id);
    }

    [Fact]
    public async Task a_taken_target_slot_refuses_the_move_and_leaves_the_source_as_it_was()
    {
        await using var chain = await TestChain.StartAsync();
        await SeedAsync(chain);
        var source = await chain.Grains.GetGrain<ISpecialistDayGrain>(From).BookAsync(Request(new TimeOnly(10, 0)));
        var blocker = await chain.Grains.GetGrain<ISpecialistDayGrain>(To).BookAsync(Request(new TimeOnly(11, 0)) with { Client = new BookingClient("cl-x", "X") });

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            chain.Grains.GetGrain<IBookingMoveSaga>("op-taken").RunAsync(new MoveRequest(From, source.Id, To, new TimeOnly(11, 30))));
        var repeat = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            chain.Grains.GetGrain<IBookingMoveSaga>("op-taken").RunAsync(new MoveRequest(From, source.Id, To, new TimeOnly(11, 30))));

        Assert.Equal(("slot-taken", "slot-taken"), (refused.Code, repeat.Code));
        Assert.Equal(blocker.Number, refused.Details["conflictingBooking"]);
        Assert.Equal(BookingStatus.Unconfirmed, (await chain.Grains.GetGrain<ISpecialistDayGrain>(From).GetBookingAsync(source.Id)).Status);
        Assert.Equal(SagaStatus.Failed, (await chain.Grains.GetGrain<IBookingMoveSaga>("op-taken").GetAsync()).Status);
    }

    [Fact]
    public async Task a_source_cancelled_while_the_move_runs_keeps_the_client_with_no_new_booking()
    {
        TestChain? chainRef = null;
        string sourceId = "";
        var faults = new InjectedFaults("release-source",
            () => chainRef!.Grains.GetGrain<ISpecialistDayGrain>(From).CancelAsync(sourceId, "client cancelled meanwhile"));
        await using var chain = await TestChain.StartAsync(services: s => s.AddSingleton<ISagaFaults>(faults));
        chainRef = chain;
        await SeedAsync(chain);
        sourceId = (await chain.Grains.GetGrain<ISpecialistDayGrain>(From).BookAsync(Request(new TimeOnly(10, 0)))).Id;

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            chain.Grains.GetGrain<IBookingMoveSaga>("op-race").RunAsync(new MoveRequest(From, sourceId, To, new TimeOnly(11, 0))));

        Assert.Equal("invalid-status", refused.Code);
        Assert.Empty(await ActiveBookingsOfTheClient(chain));
        var target = (await chain.Grains.GetGrain<ISpecialistDayGrain>(To).GetAsync()).Bookings.Single();
        Assert.Equal((BookingStatus.Cancelled, "saga-abandoned"), (target.Status, target.CancelReason));
    }
}
