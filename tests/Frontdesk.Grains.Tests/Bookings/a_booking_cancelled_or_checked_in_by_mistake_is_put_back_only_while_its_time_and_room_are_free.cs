using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests.Bookings;

public sealed class a_booking_cancelled_or_checked_in_by_mistake_is_put_back_only_while_its_time_and_room_are_free : ChainTest
{
    private IResourceDayGrain Room(string id) => Chain.Grains.GetGrain<IResourceDayGrain>(new ResourceDayKey(Moscow, id, Tuesday).ToString());

    private static DateTimeOffset At(int hour, int minute) => new(2026, 11, 24, hour - 3, minute, 0, TimeSpan.Zero);

    [Fact]
    public async Task a_cancelled_booking_takes_its_time_again_as_it_was()
    {
        var day = Day(Moscow, Boris, Tuesday);
        var booking = await day.ConfirmAsync((await day.BookAsync(Request(new TimeOnly(12, 0)))).Id);
        await day.CancelAsync(booking.Id, "wrong client");

        var back = await day.ReinstateAsync(booking.Id, BookingStatus.Confirmed);
        var taken = await Assert.ThrowsAsync<CommandRejectedException>(() => day.BookAsync(Request(new TimeOnly(12, 30))));

        Assert.Equal((BookingStatus.Confirmed, null, booking.Start, booking.Number), (back.Status, back.CancelReason, back.Start, back.Number));
        Assert.Equal(("slot-taken", booking.Number), (taken.Code, taken.Details["conflictingBooking"]));
    }

    [Fact]
    public async Task a_cancelled_booking_whose_time_was_booked_since_stays_cancelled_and_says_by_whom()
    {
        var day = Day(Moscow, Boris, Tuesday);
        var booking = await day.BookAsync(Request(new TimeOnly(12, 0)));
        await day.CancelAsync(booking.Id, "wrong client");
        var since = await day.BookAsync(Request(new TimeOnly(12, 30), Express15));

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => day.ReinstateAsync(booking.Id, BookingStatus.Unconfirmed));

        Assert.Equal(("slot-taken", since.Number), (refused.Code, refused.Details["conflictingBooking"]));
        Assert.Equal(BookingStatus.Cancelled, (await day.GetBookingAsync(booking.Id)).Status);
    }

    [Fact]
    public async Task a_check_in_is_taken_back()
    {
        var day = Day(Moscow, Boris, Tuesday);
        var booking = await day.ConfirmAsync((await day.BookAsync(Request(new TimeOnly(12, 0)))).Id);
        await day.CheckInAsync(booking.Id);

        var back = await day.ReinstateAsync(booking.Id, BookingStatus.Confirmed);

        Assert.Equal((BookingStatus.Confirmed, (DateTimeOffset?)null), (back.Status, back.ArrivedAt));
    }

    [Fact]
    public async Task a_room_booking_claims_a_room_again_or_stays_cancelled_when_none_is_free()
    {
        var anna = Day(Moscow, Anna, Tuesday);
        var first = await anna.BookAsync(Request(new TimeOnly(10, 0), RoomMassage));
        var second = await anna.BookAsync(Request(new TimeOnly(15, 0), RoomMassage));
        await anna.CancelAsync(first.Id, "mistake");
        await anna.CancelAsync(second.Id, "mistake");
        // Both rooms are taken at 15:00 by bookings elsewhere; at 10:00 room 1 is free again.
        Assert.True(await Room("room-1").TryClaimAsync(new ResourceClaim("bk-elsewhere-1", "elsewhere", At(14, 0), At(17, 0))));
        Assert.True(await Room("room-2").TryClaimAsync(new ResourceClaim("bk-elsewhere-2", "elsewhere", At(14, 0), At(17, 0))));

        var back = await anna.ReinstateAsync(first.Id, BookingStatus.Unconfirmed);
        var noRoom = await Assert.ThrowsAsync<CommandRejectedException>(() => anna.ReinstateAsync(second.Id, BookingStatus.Unconfirmed));

        Assert.Equal((BookingStatus.Unconfirmed, "room-1"), (back.Status, back.ResourceId));
        Assert.Contains((await Room("room-1").GetAsync()).Claims, c => c.BookingId == first.Id);
        Assert.Equal(("no-room-free", RejectionKind.Conflict), (noRoom.Code, noRoom.Kind));
        Assert.Equal(BookingStatus.Cancelled, (await anna.GetBookingAsync(second.Id)).Status);
    }

    [Fact]
    public async Task a_started_visit_is_not_put_back_and_only_unconfirmed_or_confirmed_is_a_status_to_go_back_to()
    {
        var day = Day(Moscow, Boris, Tuesday);
        var booking = await day.BookAsync(Request(new TimeOnly(12, 0)));
        await day.StartVisitAsync(booking.Id);

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => day.ReinstateAsync(booking.Id, BookingStatus.Confirmed));
        var invalid = await Assert.ThrowsAsync<CommandRejectedException>(() => day.ReinstateAsync(booking.Id, BookingStatus.Completed));

        Assert.Equal("invalid-status", refused.Code);
        Assert.Equal(RejectionKind.Invalid, invalid.Kind);
        Assert.Equal(BookingStatus.InProgress, (await day.GetBookingAsync(booking.Id)).Status);
    }
}
