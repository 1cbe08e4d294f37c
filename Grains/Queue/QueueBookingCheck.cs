using System.Security.Cryptography;
using System.Text;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Queue;

/// <summary>
/// A booking's QR ("FD1:{number}:{secret}") read at a kiosk: the number names the specialist-day, which is asked for
/// the booking; the secret must match, so a number read off someone else's screen links nothing.
/// </summary>
internal static class QueueBookingCheck
{
    public static async Task<TicketBooking> CheckAsync(IGrainFactory grains, CatalogView catalog, Branch branch, DateOnly today, string code)
    {
        var parts = code.Trim().Split(':');
        if (parts is not ["FD1", var text, var secret] || secret.Length == 0 || !BookingNumber.TryParse(text, out var number))
            throw CommandRejectedException.Invalid("invalid-booking-code", "This is not a booking's code: scan the QR on the booking confirmation.");
        if (!string.Equals(number.BranchCode, branch.Code, StringComparison.OrdinalIgnoreCase))
            throw CommandRejectedException.Unprocessable("booking-elsewhere", $"Booking {number} is at another branch, not at {branch.Name}.",
                new Dictionary<string, object?> { ["booking"] = number.ToString() });
        if (number.Date != today)
            throw CommandRejectedException.Unprocessable("booking-not-today", $"Booking {number} is for {number.Date:dd.MM.yyyy}, not for today.",
                new Dictionary<string, object?> { ["booking"] = number.ToString() });
        var booking = await FindAsync(grains, catalog, branch, today, number);
        if (booking is null || !SameSecret(booking.QrPayload, $"FD1:{booking.Number}:{secret}"))
            throw CommandRejectedException.NotFound("unknown-booking", $"There is no booking {number} today; please see reception.",
                new Dictionary<string, object?> { ["booking"] = number.ToString() });
        if (booking.Status is BookingStatus.Cancelled or BookingStatus.NoShow or BookingStatus.Completed or BookingStatus.Held)
            throw CommandRejectedException.Unprocessable("booking-not-active", $"Booking {number} is {booking.Status}; please see reception.",
                new Dictionary<string, object?> { ["booking"] = number.ToString(), ["status"] = booking.Status.ToString() });
        return new TicketBooking(booking.Id, booking.Number, booking.SpecialistId, booking.Start);
    }

    private static async Task<Booking?> FindAsync(IGrainFactory grains, CatalogView catalog, Branch branch, DateOnly today, BookingNumber number)
    {
        if (catalog.FindSpecialistByNumber(number.SpecialistNumber) is not { } specialist || !specialist.BranchIds.Contains(branch.Id)) return null;
        try
        {
            return await grains.GetGrain<ISpecialistDayGrain>(new SpecialistDayKey(branch.Id, specialist.Id, today).ToString())
                .FindByNumberAsync(number.ToString());
        }
        catch (CommandRejectedException ex) when (ex.Kind == RejectionKind.NotFound)
        {
            return null;
        }
    }

    private static bool SameSecret(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
