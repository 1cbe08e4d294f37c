using System.Globalization;

namespace Frontdesk.Grains.CashDesk;

/// <summary>One cash desk's business day: "{branch}/{desk}/{yyyy-MM-dd}" (the branch's local date).</summary>
public readonly record struct DeskDayKey(string BranchId, string DeskId, DateOnly Date)
{
    public override string ToString() => $"{BranchId}/{DeskId}/{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? key, out DeskDayKey parsed)
    {
        parsed = default;
        var parts = key?.Split('/');
        if (parts is not { Length: 3 } || parts[0].Length == 0 || parts[1].Length == 0) return false;
        if (!DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return false;
        parsed = new DeskDayKey(parts[0], parts[1], date);
        return true;
    }
}
