using System.Globalization;

namespace Frontdesk.Grains.Queue;

/// <summary>
/// Which queue counter a grain is: "{branch}/{line}/{yyyy-MM-dd}", the date being the branch's local business date.
/// A new day is a new counter, which is how numbers start again from 1 each morning.
/// </summary>
public readonly record struct QueueCounterKey(string BranchId, string LineId, DateOnly Date)
{
    public override string ToString() => $"{BranchId}/{LineId}/{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static QueueCounterKey Parse(string key) =>
        TryParse(key, out var parsed) ? parsed : throw new FormatException($"'{key}' is not a queue counter key (branch/line/yyyy-MM-dd).");

    public static bool TryParse(string? key, out QueueCounterKey parsed)
    {
        parsed = default;
        var parts = key?.Split('/');
        if (parts is not { Length: 3 } || parts[0].Length == 0 || parts[1].Length == 0) return false;
        if (!DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return false;
        parsed = new QueueCounterKey(parts[0], parts[1], date);
        return true;
    }
}
