using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

public sealed class a_booking_moves_through_its_statuses_in_order : ChainTest
{
    [Fact]
    public async Task confirmed_arrived_started_completed_with_real_times_recorded()
    {
        var day = Day(Moscow, Anna, Tuesday);
        var booking = await day.BookAsync(Request(new TimeOnly(10, 0)));

        await day.ConfirmAsync(booking.Id);
        Chain.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 6, 55, 0, TimeSpan.Zero));
        await day.CheckInAsync(booking.Id);
        Chain.Time.Advance(TimeSpan.FromMinutes(7));
        await day.StartVisitAsync(booking.Id);
        Chain.Time.Advance(TimeSpan.FromMinutes(58));
        var done = await day.CompleteVisitAsync(booking.Id);

        Assert.Equal(BookingStatus.Completed, done.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 6, 55, 0, TimeSpan.Zero), done.ArrivedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 7, 2, 0, TimeSpan.Zero), done.ActualStart);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), done.ActualEnd);
    }

    [Fact]
    public async Task a_step_out_of_order_is_refused_with_the_status_named_and_changes_nothing()
    {
        var day = Day(Moscow, Anna, Tuesday);
        var booking = await day.BookAsync(Request(new TimeOnly(10, 0)));
        var version = (await day.GetAsync()).Version;

        var complete = await Assert.ThrowsAsync<CommandRejectedException>(() => day.CompleteVisitAsync(booking.Id));
        var noShowEarly = await Assert.ThrowsAsync<CommandRejectedException>(() => day.MarkNoShowAsync(booking.Id));
        Assert.Equal(version, (await day.GetAsync()).Version);
        await day.CancelAsync(booking.Id, "changed plans");
        version = (await day.GetAsync()).Version;
        var confirmCancelled = await Assert.ThrowsAsync<CommandRejectedException>(() => day.ConfirmAsync(booking.Id));

        Assert.Equal(("invalid-status", RejectionKind.Conflict), (complete.Code, complete.Kind));
        Assert.Contains("Unconfirmed", complete.Message);
        Assert.Equal("not-started-yet", noShowEarly.Code);
        Assert.Equal("invalid-status", confirmCancelled.Code);
        Assert.Equal(version, (await day.GetAsync()).Version);
    }

    [Fact]
    public async Task a_no_show_after_the_start_frees_the_rest_of_the_slot()
    {
        var day = Day(Moscow, Anna, Tuesday);
        var booking = await day.BookAsync(Request(new TimeOnly(10, 0)));
        Chain.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 7, 15, 0, TimeSpan.Zero));

        var noShow = await day.MarkNoShowAsync(booking.Id);
        var walkIn = await day.BookAsync(Request(default, Express15) with { Source = BookingSource.WalkIn });

        Assert.Equal(BookingStatus.NoShow, noShow.Status);
        Assert.Equal((BookingStatus.Arrived, new DateTimeOffset(2026, 11, 24, 7, 15, 0, TimeSpan.Zero)), (walkIn.Status, walkIn.Start));
    }

    [Fact]
    public async Task repeating_a_step_already_taken_is_harmless()
    {
        var day = Day(Moscow, Anna, Tuesday);
        var booking = await day.BookAsync(Request(new TimeOnly(10, 0)));
        await day.ConfirmAsync(booking.Id);
        var version = (await day.GetAsync()).Version;

        var again = await day.ConfirmAsync(booking.Id);

        Assert.Equal(BookingStatus.Confirmed, again.Status);
        Assert.Equal(version, (await day.GetAsync()).Version);
    }

    [Fact]
    public async Task a_booking_moves_within_the_day_and_keeps_its_price()
    {
        var day = Day(Moscow, Anna, Tuesday);
        var booking = await day.BookAsync(Request(new TimeOnly(10, 0)));
        await day.BookAsync(Request(new TimeOnly(15, 0)));

        var taken = await Assert.ThrowsAsync<CommandRejectedException>(() => day.MoveWithinDayAsync(booking.Id, new TimeOnly(15, 30)));
        var moved = await day.MoveWithinDayAsync(booking.Id, new TimeOnly(11, 30));

        Assert.Equal("slot-taken", taken.Code);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.Zero), moved.Start);
        Assert.Equal(booking.Total, moved.Total);
        Assert.Equal(booking.Number, moved.Number);
    }
}
