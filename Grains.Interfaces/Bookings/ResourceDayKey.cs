using System.Globalization;

namespace Frontdesk.Grains.Bookings;

/// <summary>Which room-, chair- or device-day a grain is: "{branch}/{resource}/{yyyy-MM-dd}".</summary>
public readonly record struct ResourceDayKey(string BranchId, string ResourceId, DateOnly Date)
{
    public override string ToString() => $"{BranchId}/{ResourceId}/{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
