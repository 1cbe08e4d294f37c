using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

public sealed class bad_booking_input_is_refused_clearly_and_changes_nothing : ChainTest
{
    public static TheoryData<string, string, string, RejectionKind> Cases => new()
    {
        // day key, start, services (comma-separated), expected code and kind
        { SmallChain.Day(Moscow, Anna, Tuesday), "10:00", "", RejectionKind.Invalid },
        { SmallChain.Day(Moscow, Anna, Tuesday), "10:00", "no-such-service", RejectionKind.NotFound },
        { SmallChain.Day(Moscow, Boris, Tuesday), "10:00", Facial30, RejectionKind.Unprocessable },
        { SmallChain.Day(Moscow, Anna, Tuesday), "07:00", Massage60, RejectionKind.Unprocessable },
        { SmallChain.Day(Moscow, Anna, Tuesday), "12:30", Massage60, RejectionKind.Unprocessable },
        { SmallChain.Day(Moscow, Anna, new DateOnly(2029, 11, 24)), "10:00", Massage60, RejectionKind.Unprocessable },
        { SmallChain.Day(Moscow, Anna, new DateOnly(2026, 11, 20)), "10:00", Massage60, RejectionKind.Unprocessable },
        { SmallChain.Day(Moscow, Anna, new DateOnly(2026, 11, 28)), "10:00", Massage60, RejectionKind.Unprocessable },
        { SmallChain.Day(Moscow, "nobody", Tuesday), "10:00", Massage60, RejectionKind.NotFound },
        { SmallChain.Day(Berlin, Anna, Tuesday), "10:00", Massage60, RejectionKind.NotFound },
        { SmallChain.Day("nowhere", Anna, Tuesday), "10:00", Massage60, RejectionKind.NotFound },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task each_bad_request_gets_its_own_refusal(string dayKey, string start, string services, RejectionKind kind)
    {
        var day = Chain.Grains.GetGrain<ISpecialistDayGrain>(dayKey);
        var request = Request(TimeOnly.Parse(start)) with { ServiceIds = services.Length == 0 ? [] : services.Split(',') };

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => day.BookAsync(request));

        Assert.Equal(kind, refused.Kind);
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
        Assert.Empty(await Chain.Index.QueryAsync<Booking>(new Silo.Journal.IndexQuery(Frontdesk.Grains.Clients.ClientIndexes.BookingsByClient)));
    }

    [Fact]
    public async Task the_refusals_say_what_was_wrong()
    {
        var day = Day(Moscow, Anna, Tuesday);

        var outside = await Assert.ThrowsAsync<CommandRejectedException>(() => day.BookAsync(Request(new TimeOnly(12, 30))));
        var notPerformed = await Assert.ThrowsAsync<CommandRejectedException>(() => Day(Moscow, Boris, Tuesday).BookAsync(Request(new TimeOnly(11, 0), Facial30)));
        var tooFar = await Assert.ThrowsAsync<CommandRejectedException>(() => Day(Moscow, Anna, new DateOnly(2029, 11, 26)).BookAsync(Request(new TimeOnly(10, 0))));
        var noClient = await Assert.ThrowsAsync<CommandRejectedException>(() => day.BookAsync(Request(new TimeOnly(10, 0)) with { Client = new BookingClient("", "") }));
        var noOperation = await Assert.ThrowsAsync<CommandRejectedException>(() => day.BookAsync(Request(new TimeOnly(10, 0)) with { OperationId = " " }));
        var unknown = await Assert.ThrowsAsync<CommandRejectedException>(() => day.CancelAsync("bk-nope", "why"));
        var longNotes = await Assert.ThrowsAsync<CommandRejectedException>(() => day.BookAsync(Request(new TimeOnly(10, 0)) with { Notes = new string('x', 2001) }));

        Assert.Equal("outside-working-hours", outside.Code);
        Assert.Contains("09:00–13:00, 14:00–18:00", outside.Message);
        Assert.Equal("service-not-performed", notPerformed.Code);
        Assert.Contains("Boris Orlov", notPerformed.Message);
        Assert.Equal("beyond-horizon", tooFar.Code);
        Assert.Equal("invalid-client", noClient.Code);
        Assert.Equal("invalid-operation-id", noOperation.Code);
        Assert.Equal(("unknown-booking", RejectionKind.NotFound), (unknown.Code, unknown.Kind));
        Assert.Equal("notes-too-long", longNotes.Code);
        Assert.Equal(0, (await day.GetAsync()).Version);
    }
}
