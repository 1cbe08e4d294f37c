using System.Globalization;

namespace Frontdesk.Bench.Http;

/// <summary>A specialist's day with room for many short visits, found through the API, and the service to book in it.</summary>
internal sealed record FreeDay(string BranchId, string SpecialistId, DateOnly Date, string ServiceId, IReadOnlyList<string> Starts)
{
    public string Topic => $"calendar:{BranchId}:{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    public string Key => $"{BranchId}/{SpecialistId}/{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The first day, a week or more ahead (clear of the demo's bookings), at the branch, with at least <paramref name="starts"/> free starts.</summary>
    public static async Task<FreeDay> FindAsync(EngineApi api, string branchId, int starts)
    {
        var catalog = await api.GetAsync("/api/catalog");
        var services = catalog.GetProperty("services").EnumerateArray()
            .Where(s => s.GetProperty("resourceType").ValueKind is System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined)
            .OrderBy(s => s.GetProperty("durationMinutes").GetInt32() + s.GetProperty("bufferBeforeMinutes").GetInt32() + s.GetProperty("bufferAfterMinutes").GetInt32())
            .Select(s => s.GetProperty("id").GetString()!).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var ahead = 7; ahead < 60; ahead++)
        {
            var date = today.AddDays(ahead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var calendar = await api.GetAsync($"/api/branches/{branchId}/calendar/{date}");
            foreach (var column in calendar.GetProperty("columns").EnumerateArray())
            {
                var specialist = column.GetProperty("specialist").GetProperty("id").GetString()!;
                var performed = catalog.GetProperty("specialists").EnumerateArray().First(s => s.GetProperty("id").GetString() == specialist)
                    .GetProperty("serviceIds").EnumerateArray().Select(s => s.GetString()).ToHashSet();
                var service = services.FirstOrDefault(performed.Contains);
                if (service is null) continue;
                var free = await api.GetAsync($"/api/days/{branchId}/{specialist}/{date}/free-starts?services={service}&step=5");
                var list = free.ValueKind == System.Text.Json.JsonValueKind.Array ? free : free.GetProperty("starts");
                var found = list.EnumerateArray().Select(s => s.GetString()!).ToList();
                if (found.Count >= starts) return new FreeDay(branchId, specialist, DateOnly.Parse(date, CultureInfo.InvariantCulture), service, found);
            }
        }
        throw new InvalidOperationException($"No day at {branchId} in the next two months with {starts} free starts.");
    }
}
