using System.Security.Cryptography;
using System.Text;
using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Bookings;

/// <summary>
/// Finds a booking by what reception has in hand: its number ("CEN-261123-7-3" names the branch code, the date and the
/// specialist's number, so it leads straight to its specialist-day) or the payload of its QR code.
/// </summary>
public sealed class BookingLocator(IGrainFactory grains)
{
    private const string QrPrefix = "FD1";

    public async Task<LocatedBooking> FindAsync(string number)
    {
        if (!BookingNumber.TryParse(number, out var parsed)) throw Unknown(number, "it is not a booking number (e.g. TVR-261123-7-3)");
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var branch = catalog.FindBranchByCode(parsed.BranchCode) ?? throw Unknown(number, $"no branch has the code {parsed.BranchCode}");
        var specialist = catalog.FindSpecialistByNumber(parsed.SpecialistNumber)
            ?? throw Unknown(number, $"no specialist has the number {parsed.SpecialistNumber}");
        var key = new SpecialistDayKey(branch.Id, specialist.Id, parsed.Date);
        return new LocatedBooking(key, await grains.GetGrain<ISpecialistDayGrain>(key.ToString()).FindByNumberAsync(parsed.ToString()));
    }

    /// <summary>The booking whose QR payload this is ("FD1:{number}:{secret}"); a wrong secret is as unknown as a wrong number.</summary>
    public async Task<LocatedBooking> FindByCodeAsync(string payload)
    {
        var parts = payload?.Trim().Split(':');
        if (parts is not [QrPrefix, var number, var secret] || secret.Length == 0)
            throw CommandRejectedException.NotFound("unknown-booking", "That code is not a Frontdesk booking code.");
        LocatedBooking found;
        try
        {
            found = await FindAsync(number);
        }
        catch (CommandRejectedException ex) when (ex.Kind == RejectionKind.NotFound)
        {
            throw NoSuchCode();
        }
        // Compared in constant time, and refused in the same words as an unknown number: a guess learns nothing.
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(found.Booking.QrPayload), Encoding.UTF8.GetBytes(payload!.Trim())))
            throw NoSuchCode();
        return found;
    }

    private static CommandRejectedException NoSuchCode() =>
        CommandRejectedException.NotFound("unknown-booking", "No booking has that code.");

    private static CommandRejectedException Unknown(string? number, string why) =>
        CommandRejectedException.NotFound("unknown-booking", $"There is no booking {number}: {why}.",
            new Dictionary<string, object?> { ["number"] = number });
}
