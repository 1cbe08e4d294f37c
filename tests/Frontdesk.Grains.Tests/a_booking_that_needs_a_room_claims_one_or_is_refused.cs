using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

public sealed class a_booking_that_needs_a_room_claims_one_or_is_refused : ChainTest
{
    private IResourceDayGrain Room(string id) => Chain.Grains.GetGrain<IResourceDayGrain>(new ResourceDayKey(Moscow, id, Tuesday).ToString());

    private static DateTimeOffset At(int hour, int minute) => new(2026, 11, 24, hour - 3, minute, 0, TimeSpan.Zero);

    [Fact]
    public async Task two_specialists_at_once_get_the_two_rooms()
    {
        var anna = await Day(Moscow, Anna, Tuesday).BookAsync(Request(new TimeOnly(10, 0), RoomMassage));
        var boris = await Day(Moscow, Boris, Tuesday).BookAsync(Request(new TimeOnly(10, 30), RoomMassage));

        Assert.Equal(("room-1", BookingStatus.Unconfirmed), (anna.ResourceId, anna.Status));
        Assert.Equal(("room-2", BookingStatus.Unconfirmed), (boris.ResourceId, boris.Status));
        Assert.Equal(anna.Id, Assert.Single((await Room("room-1").GetAsync()).Claims).BookingId);
    }

    [Fact]
    public async Task with_no_room_free_the_booking_is_refused_and_the_specialists_slot_is_given_back()
    {
        await Day(Moscow, Anna, Tuesday).BookAsync(Request(new TimeOnly(10, 0), RoomMassage));
        // Room 2 is taken by another booking for the whole morning.
        Assert.True(await Room("room-2").TryClaimAsync(new ResourceClaim("bk-elsewhere", "elsewhere", At(9, 0), At(13, 0))));

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => Day(Moscow, Boris, Tuesday).BookAsync(Request(new TimeOnly(10, 30), RoomMassage)));
        var instead = await Day(Moscow, Boris, Tuesday).BookAsync(Request(new TimeOnly(10, 30), Express15));

        Assert.Equal(("no-room-free", RejectionKind.Conflict), (refused.Code, refused.Kind));
        Assert.Equal(BookingStatus.Unconfirmed, instead.Status);
        var day = await Day(Moscow, Boris, Tuesday).GetAsync();
        Assert.Contains(day.Bookings, b => b.Status == BookingStatus.Cancelled && b.CancelReason == "no-free-massage-room");
        Assert.Single((await Room("room-1").GetAsync()).Claims);
    }

    [Fact]
    public async Task cancelling_frees_the_room_for_the_next_booking()
    {
        var first = await Day(Moscow, Anna, Tuesday).BookAsync(Request(new TimeOnly(10, 0), RoomMassage));
        Assert.True(await Room("room-2").TryClaimAsync(new ResourceClaim("bk-elsewhere", "elsewhere", At(9, 0), At(13, 0))));

        await Day(Moscow, Anna, Tuesday).CancelAsync(first.Id, "client ill");
        var next = await Day(Moscow, Boris, Tuesday).BookAsync(Request(new TimeOnly(10, 0), RoomMassage));

        Assert.Equal("room-1", next.ResourceId);
        Assert.Equal(next.Id, Assert.Single((await Room("room-1").GetAsync()).Claims).BookingId);
    }

    [Fact]
    public async Task moving_within_the_day_moves_the_room_claim_or_leaves_the_booking_as_it_was()
    {
        var booking = await Day(Moscow, Anna, Tuesday).BookAsync(Request(new TimeOnly(10, 0), RoomMassage));
        Assert.True(await Room("room-2").TryClaimAsync(new ResourceClaim("bk-other", "elsewhere", At(14, 0), At(18, 0))));
        Assert.True(await Room("room-1").TryClaimAsync(new ResourceClaim("bk-other-2", "elsewhere", At(14, 0), At(16, 0))));

        var moved = await Day(Moscow, Anna, Tuesday).MoveWithinDayAsync(booking.Id, new TimeOnly(11, 0));
        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => Day(Moscow, Anna, Tuesday).MoveWithinDayAsync(booking.Id, new TimeOnly(14, 30)));

        Assert.Equal(At(11, 0), moved.Start);
        Assert.Equal("no-room-free", refused.Code);
        var after = await Day(Moscow, Anna, Tuesday).GetBookingAsync(booking.Id);
        Assert.Equal((At(11, 0), BookingStatus.Unconfirmed, "room-1"), (after.Start, after.Status, after.ResourceId));
        Assert.Contains((await Room("room-1").GetAsync()).Claims, c => c.BookingId == booking.Id && c.From == At(11, 0));
    }
}
