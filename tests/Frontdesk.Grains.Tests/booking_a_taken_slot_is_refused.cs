using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

public sealed class booking_a_taken_slot_is_refused : IAsyncLifetime
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private TestChain _chain = null!;
    private ISpecialistDayGrain _day = null!;

    public async Task InitializeAsync()
    {
        _chain = await TestChain.StartAsync();
        await SeedAsync(_chain);
        _day = _chain.Grains.GetGrain<ISpecialistDayGrain>(Day(Moscow, Anna, Tuesday));
    }

    public async Task DisposeAsync() => await _chain.DisposeAsync();

    [Fact]
    public async Task an_overlap_is_refused_naming_the_booking_in_the_way_and_the_buffer_counts()
    {
        var first = await _day.BookAsync(Request(new TimeOnly(10, 0)));

        var overlap = await Assert.ThrowsAsync<CommandRejectedException>(() => _day.BookAsync(Request(new TimeOnly(10, 30))));
        // Massage has a 10-minute clean-up after it: 11:00 is still taken, 11:10 is free.
        var inBuffer = await Assert.ThrowsAsync<CommandRejectedException>(() => _day.BookAsync(Request(new TimeOnly(11, 0))));
        var next = await _day.BookAsync(Request(new TimeOnly(11, 10)));

        Assert.Equal(("slot-taken", RejectionKind.Conflict), (overlap.Code, overlap.Kind));
        Assert.Equal(first.Number, overlap.Details["conflictingBooking"]);
        Assert.Contains(first.Number, overlap.Message);
        Assert.Equal("slot-taken", inBuffer.Code);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 10, 0, TimeSpan.Zero), next.Start);
        Assert.Equal(2, (await _day.GetAsync()).Bookings.Count);
    }

    [Fact]
    public async Task a_booking_gets_a_number_that_names_its_day_and_its_services_run_back_to_back_after_the_preparation()
    {
        // The facial needs 5 minutes of preparation, so the first start of the day is 09:05, not 09:00.
        await Assert.ThrowsAsync<CommandRejectedException>(() => _day.BookAsync(Request(new TimeOnly(9, 0), Facial30, Express15)));
        var booking = await _day.BookAsync(Request(new TimeOnly(9, 5), Facial30, Express15));

        Assert.Equal("MSK-261124-1-1", booking.Number);
        Assert.StartsWith("FD1:MSK-261124-1-1:", booking.QrPayload);
        Assert.Equal([new DateTimeOffset(2026, 11, 24, 6, 5, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 24, 6, 35, 0, TimeSpan.Zero)],
            booking.Services.Select(s => s.Start));
        Assert.Equal(new Money(200_000, "RUB"), booking.Total);
        Assert.Equal(BookingStatus.Unconfirmed, booking.Status);
        Assert.True(BookingNumber.TryParse(booking.Number, out var number));
        Assert.Equal(("MSK", Tuesday, 1, 1), (number.BranchCode, number.Date, number.SpecialistNumber, number.Sequence));
    }

    [Fact]
    public async Task a_cancelled_booking_gives_its_slot_back()
    {
        var first = await _day.BookAsync(Request(new TimeOnly(10, 0)));
        await _day.CancelAsync(first.Id, "client called");

        var again = await _day.BookAsync(Request(new TimeOnly(10, 0)));

        Assert.Equal(BookingStatus.Unconfirmed, again.Status);
        Assert.Equal(BookingStatus.Cancelled, (await _day.GetBookingAsync(first.Id)).Status);
    }
}
