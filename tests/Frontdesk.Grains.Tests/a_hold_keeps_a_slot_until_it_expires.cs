using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

public sealed class a_hold_keeps_a_slot_until_it_expires : ChainTest
{
    [Fact]
    public async Task while_held_nobody_else_gets_the_slot_and_the_holder_books_it()
    {
        var day = Day(Moscow, Anna, Tuesday);
        var hold = await day.HoldAsync(Request(new TimeOnly(10, 0)) with { Source = BookingSource.Online }, TimeSpan.FromMinutes(10));

        var other = await Assert.ThrowsAsync<CommandRejectedException>(() => day.BookAsync(Request(new TimeOnly(10, 30))));
        Chain.Time.Advance(TimeSpan.FromMinutes(9));
        var booked = await day.BookAsync(Request(default) with { HoldId = hold.Id, Source = BookingSource.Online, Confirmed = true });

        Assert.Equal(BookingStatus.Held, hold.Status);
        Assert.Equal(hold.Number, other.Details["conflictingBooking"]);
        Assert.Equal((hold.Id, BookingStatus.Confirmed, (DateTimeOffset?)null), (booked.Id, booked.Status, booked.HoldExpiresAt));
        Chain.Time.Advance(TimeSpan.FromMinutes(5));
        await Chain.Host.DeliverDueRemindersAsync();
        Assert.Equal(BookingStatus.Confirmed, (await day.GetBookingAsync(hold.Id)).Status);
    }

    [Fact]
    public async Task after_expiry_the_slot_is_free_and_the_reminder_records_the_expiry()
    {
        var day = Day(Moscow, Anna, Tuesday);
        var hold = await day.HoldAsync(Request(new TimeOnly(10, 0)), TimeSpan.FromMinutes(10));
        Chain.Time.Advance(TimeSpan.FromMinutes(11));

        var late = await Assert.ThrowsAsync<CommandRejectedException>(() => day.BookAsync(Request(default) with { HoldId = hold.Id }));
        var someoneElse = await day.BookAsync(Request(new TimeOnly(10, 0)));
        await Chain.Host.DeliverDueRemindersAsync();

        Assert.Equal("hold-expired", late.Code);
        Assert.Equal(BookingStatus.Unconfirmed, someoneElse.Status);
        var expired = await day.GetBookingAsync(hold.Id);
        Assert.Equal((BookingStatus.Cancelled, "hold-expired"), (expired.Status, expired.CancelReason));
    }
}
