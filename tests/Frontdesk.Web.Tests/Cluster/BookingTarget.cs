using System.Globalization;

namespace Frontdesk.Web.Tests.Cluster;

/// <summary>A specialist's day the receptionists book into, the service they book and the free starts it had before the run.</summary>
public sealed record BookingTarget(string BranchId, string SpecialistId, DateOnly Date, string ServiceId, IReadOnlyList<string> Starts)
{
    private string Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string Key => $"{BranchId}/{SpecialistId}/{Day}";
    public string Path => $"/api/days/{Key}";
    public string Topic => $"calendar:{BranchId}:{Day}";

    public object Booking(string start, string clientId) =>
        new { branchId = BranchId, specialistId = SpecialistId, date = Day, start, serviceIds = new[] { ServiceId }, client = new { id = clientId } };

    public object Hold(string start, string clientId, int minutes) =>
        new { branchId = BranchId, specialistId = SpecialistId, date = Day, start, serviceIds = new[] { ServiceId }, client = new { id = clientId }, holdMinutes = minutes };

    /// <summary>Days of the demo's Tverskaya specialists, a week or more ahead (clear of the demo's own bookings), each with room for many visits.</summary>
    public static async Task<IReadOnlyList<BookingTarget>> FindAsync(ClusterApi api, string branchId, int count)
    {
        var catalog = (await api.GetAsync(0, "/api/catalog")).Body;
        var services = catalog.GetProperty("services").EnumerateArray()
            .Where(s => s.GetProperty("resourceType").ValueKind == System.Text.Json.JsonValueKind.Null)
            .OrderBy(s => s.GetProperty("durationMinutes").GetInt32() + s.GetProperty("bufferBeforeMinutes").GetInt32() + s.GetProperty("bufferAfterMinutes").GetInt32())
            .Select(s => s.GetProperty("id").GetString()!).ToList();
        var found = new List<BookingTarget>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var ahead = 7; ahead < 40 && found.Count < count; ahead++)
        {
            var date = today.AddDays(ahead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var calendar = (await api.GetAsync(0, $"/api/branches/{branchId}/calendar/{date}")).Body;
            foreach (var column in calendar.GetProperty("columns").EnumerateArray())
            {
                var specialist = column.GetProperty("specialist").GetProperty("id").GetString()!;
                var performs = catalog.GetProperty("specialists").EnumerateArray().First(s => s.GetProperty("id").GetString() == specialist)
                    .GetProperty("serviceIds").EnumerateArray().Select(s => s.GetString()).ToHashSet();
                if (services.FirstOrDefault(performs.Contains) is not { } service) continue;
                var free = (await api.GetAsync(0, $"/api/days/{branchId}/{specialist}/{date}/free-starts?services={service}&step=15")).Body;
                var list = free.ValueKind == System.Text.Json.JsonValueKind.Array ? free : free.GetProperty("starts");
                var starts = list.EnumerateArray().Select(s => s.GetString()!).ToList();
                if (starts.Count >= 24) found.Add(new BookingTarget(branchId, specialist, DateOnly.Parse(date, CultureInfo.InvariantCulture), service, starts));
                if (found.Count == count) break;
            }
        }
        if (found.Count < count) throw new InvalidOperationException($"Only {found.Count} bookable days found at {branchId}.");
        return found;
    }
}
