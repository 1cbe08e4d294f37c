using System.Globalization;

namespace Frontdesk.Grains.Bookings;

/// <summary>Which specialist-day a grain is: "{branch}/{specialist}/{yyyy-MM-dd}" (the date is the branch's local date).</summary>
public readonly record struct SpecialistDayKey(string BranchId, string SpecialistId, DateOnly Date)
{
    public override string ToString() => $"{BranchId}/{SpecialistId}/{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static SpecialistDayKey Parse(string key) =>
        TryParse(key, out var parsed) ? parsed : throw new FormatException($"'{key}' is not a specialist-day key (branch/specialist/yyyy-MM-dd).");

    public static bool TryParse(string? key, out SpecialistDayKey parsed)
    {
        parsed = default;
        var parts = key?.Split('/');
        if (parts is not { Length: 3 } || parts[0].Length == 0 || parts[1].Length == 0) return false;
        if (!DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return false;
        parsed = new SpecialistDayKey(parts[0], parts[1], date);
        return true;
    }
}
