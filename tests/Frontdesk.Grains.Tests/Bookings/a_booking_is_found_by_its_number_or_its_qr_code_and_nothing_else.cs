using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests.Bookings;

public sealed class a_booking_is_found_by_its_number_or_its_qr_code_and_nothing_else : OnFreshChain
{
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private Booking _booking = null!;

    private BookingLocator Locator => Chain.Service<BookingLocator>();

    protected override async Task GivenAsync()
    {
        await SeedAsync(Chain);
        _booking = await Chain.Grains.GetGrain<ISpecialistDayGrain>(Day(Moscow, Boris, Tuesday)).BookAsync(Request(new TimeOnly(12, 0)));
    }

    [Fact]
    public async Task the_number_leads_to_its_day_in_any_letter_case()
    {
        var found = await Locator.FindAsync(_booking.Number.ToLowerInvariant());

        Assert.Equal(new SpecialistDayKey(Moscow, Boris, Tuesday), found.Day);
        Assert.Equal(_booking.Id, found.Booking.Id);
        Assert.Equal(_booking.Id, (await Locator.FindByCodeAsync(_booking.QrPayload)).Booking.Id);
    }

    [Theory]
    [InlineData("not a number")]
    [InlineData("ZZZ-261124-2-1")]
    [InlineData("MSK-261124-99-1")]
    [InlineData("MSK-261124-2-2")]
    [InlineData("MSK-261399-2-1")]
    public async Task a_number_that_names_no_booking_is_not_found_and_says_why(string number)
    {
        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => Locator.FindAsync(number));

        Assert.Equal((RejectionKind.NotFound, "unknown-booking"), (refused.Kind, refused.Code));
        Assert.Contains(number, refused.Message);
    }

    [Fact]
    public async Task a_code_with_a_wrong_secret_is_as_unknown_as_a_code_with_a_wrong_number()
    {
        var wrongSecret = await Assert.ThrowsAsync<CommandRejectedException>(() => Locator.FindByCodeAsync(_booking.QrPayload[..^1] + (_booking.QrPayload[^1] == 'x' ? 'y' : 'x')));
        var wrongNumber = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            Locator.FindByCodeAsync(_booking.QrPayload.Replace(_booking.Number, "MSK-261124-2-9")));

        Assert.Equal(wrongNumber.Message, wrongSecret.Message);
        Assert.Equal(RejectionKind.NotFound, wrongSecret.Kind);
        Assert.DoesNotContain(_booking.Number, wrongSecret.Message);
    }
}
