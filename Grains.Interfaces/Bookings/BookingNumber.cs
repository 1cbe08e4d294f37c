using System.Globalization;

namespace Frontdesk.Grains.Bookings;

/// <summary>
/// The short number a receptionist reads out or a cashier scans: "CEN-261123-7-3" is the 3rd booking of
/// specialist №7 on 23 Nov 2026 at branch CEN. It names its specialist-day, so no lookup table is needed.
/// </summary>
public readonly record struct BookingNumber(string BranchCode, DateOnly Date, int SpecialistNumber, int Sequence)
{
    public override string ToString() =>
        $"{BranchCode.ToUpperInvariant()}-{Date.ToString("yyMMdd", CultureInfo.InvariantCulture)}-{SpecialistNumber}-{Sequence}";

    public static bool TryParse(string? text, out BookingNumber number)
    {
        number = default;
        var parts = text?.Trim().Split('-');
        if (parts is not { Length: 4 } || parts[0].Length == 0) return false;
        if (!DateOnly.TryParseExact(parts[1], "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return false;
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var specialist) || specialist <= 0) return false;
        if (!int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence <= 0) return false;
        number = new BookingNumber(parts[0].ToUpperInvariant(), date, specialist, sequence);
        return true;
    }
}
