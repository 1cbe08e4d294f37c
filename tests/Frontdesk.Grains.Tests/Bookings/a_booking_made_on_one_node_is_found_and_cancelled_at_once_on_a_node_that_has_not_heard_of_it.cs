using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests.Bookings;

/// <summary>
/// Behind a load balancer a receptionist's "cancel" may reach another node a moment after "book" was answered, before the
/// notification of the booking has. The west node here never hears one, so it finds the booking only because a specialist-day
/// checks the database before it says a booking does not exist.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class a_booking_made_on_one_node_is_found_and_cancelled_at_once_on_a_node_that_has_not_heard_of_it(PostgresServer server)
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);

    [Fact]
    public async Task the_stale_node_finds_it_by_number_and_by_code_and_cancels_it()
    {
        var database = await server.CreateDatabaseAsync("stale-day");
        await using var east = await TestChain.StartOnPostgresAsync(database);
        await using var west = await TestChain.StartDeafOnPostgresAsync(database);
        await SeedAsync(east);
        var day = Day(Moscow, Boris, Tuesday);
        Assert.Empty((await west.Grains.GetGrain<ISpecialistDayGrain>(day).GetAsync()).Bookings); // west now holds the empty day

        var booking = await east.Grains.GetGrain<ISpecialistDayGrain>(day).BookAsync(Request(new TimeOnly(12, 0)));
        var byNumber = await west.Service<BookingLocator>().FindAsync(booking.Number);
        var byCode = await west.Service<BookingLocator>().FindByCodeAsync(booking.QrPayload);
        var cancelled = await west.Grains.GetGrain<ISpecialistDayGrain>(day).CancelAsync(byNumber.Booking.Id, "The client called");

        Assert.Equal(booking.Id, byNumber.Booking.Id);
        Assert.Equal(booking.Id, byCode.Booking.Id);
        Assert.Equal(BookingStatus.Cancelled, cancelled.Status);
        Assert.Equal(1, west.Statistics.StaleRefusals);
        Assert.Equal(BookingStatus.Cancelled, (await east.Service<BookingLocator>().FindAsync(booking.Number)).Booking.Status);
    }

    [Fact]
    public async Task a_number_no_node_has_booked_is_still_unknown_on_the_stale_node()
    {
        var database = await server.CreateDatabaseAsync("stale-unknown");
        await using var east = await TestChain.StartOnPostgresAsync(database);
        await using var west = await TestChain.StartDeafOnPostgresAsync(database);
        await SeedAsync(east);
        var booking = await east.Grains.GetGrain<ISpecialistDayGrain>(Day(Moscow, Boris, Tuesday)).BookAsync(Request(new TimeOnly(12, 0)));

        var unknown = await Assert.ThrowsAsync<CommandRejectedException>(() => west.Service<BookingLocator>().FindAsync(booking.Number[..^1] + "9"));

        Assert.Equal((RejectionKind.NotFound, "unknown-booking"), (unknown.Kind, unknown.Code));
        Assert.Equal(0, west.Statistics.StaleRefusals);
    }
}
