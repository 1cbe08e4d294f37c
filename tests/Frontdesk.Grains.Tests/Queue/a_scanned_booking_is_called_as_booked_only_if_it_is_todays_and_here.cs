using Frontdesk.Grains.Queue;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;
using static Frontdesk.Grains.Tests.Infrastructure.SmallQueues;

namespace Frontdesk.Grains.Tests.Queue;

public sealed class a_scanned_booking_is_called_as_booked_only_if_it_is_todays_and_here : QueueTest
{
    private Task<IssuedTicket> ScanAsync(string code, string? priority = null) =>
        Issuer.IssueAsync(SmallQueues.Branch, Reception, Kiosk(priority), code);

    [Fact]
    public async Task todays_booking_gets_the_booked_class_and_is_named_on_the_ticket()
    {
        var walkIn = await IssueAsync(Reception);
        var booking = await Day(Moscow, Anna, Today).BookAsync(Request(new TimeOnly(11, 0)));

        var scanned = (await ScanAsync(booking.QrPayload)).Ticket;
        var asked = (await ScanAsync(booking.QrPayload, "elderly")).Ticket;

        Assert.Equal(("booked", 2, 0), (scanned.PriorityClassId, scanned.PriorityRank, scanned.PeopleAheadAtIssue));
        Assert.Equal((booking.Id, booking.Number), (scanned.Booking!.BookingId, scanned.Booking.Number));
        Assert.Equal("elderly", asked.PriorityClassId);
        Assert.Equal(scanned.Id, (await Desk(Desk1).CallNextAsync(NewOperation()))!.Id);
        Assert.Equal("A-001", walkIn.Number);
    }

    [Fact]
    public async Task a_wrong_secret_a_cancelled_booking_another_day_or_another_branch_are_refused_and_take_no_number()
    {
        var booking = await Day(Moscow, Anna, Today).BookAsync(Request(new TimeOnly(11, 0)));
        var cancelled = await Day(Moscow, Anna, Today).BookAsync(Request(new TimeOnly(15, 0)));
        await Day(Moscow, Anna, Today).CancelAsync(cancelled.Id, "client called");
        var tomorrow = await Day(Moscow, Anna, Today.AddDays(1)).BookAsync(Request(new TimeOnly(11, 0)));
        var berlin = await Day(Berlin, Clara, Today).BookAsync(Request(new TimeOnly(12, 0)));

        var refusals = new[]
        {
            await Assert.ThrowsAsync<CommandRejectedException>(() => ScanAsync($"FD1:{booking.Number}:not-the-secret")),
            await Assert.ThrowsAsync<CommandRejectedException>(() => ScanAsync(cancelled.QrPayload)),
            await Assert.ThrowsAsync<CommandRejectedException>(() => ScanAsync(tomorrow.QrPayload)),
            await Assert.ThrowsAsync<CommandRejectedException>(() => ScanAsync(berlin.QrPayload)),
            await Assert.ThrowsAsync<CommandRejectedException>(() => ScanAsync("https://example.com/not-a-booking")),
        };

        Assert.Equal(["unknown-booking", "booking-not-active", "booking-not-today", "booking-elsewhere", "invalid-booking-code"], refusals.Select(r => r.Code));
        Assert.Equal([RejectionKind.NotFound, RejectionKind.Unprocessable, RejectionKind.Unprocessable, RejectionKind.Unprocessable, RejectionKind.Invalid],
            refusals.Select(r => r.Kind));
        Assert.Equal(0, (await Counter(Reception).GetViewAsync()).LastNumber);
    }
}
