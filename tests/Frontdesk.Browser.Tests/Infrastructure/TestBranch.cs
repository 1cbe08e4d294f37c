using System.Globalization;

namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>
/// A branch of the tests' own, written through the catalog and schedule API beside the demo chain: open every day,
/// its specialists working every day, one 30-minute service without buffers or rooms. Nothing of the demo's moves it.
/// </summary>
public sealed record TestBranch(string Id, IReadOnlyList<string> SpecialistIds, string ServiceId, string ServiceName)
{
    public const string TimeZone = "Europe/Moscow";
    private static readonly DayOfWeek[] EveryDay = Enum.GetValues<DayOfWeek>();

    /// <param name="hours">Each working day's intervals, "HH:mm" pairs.</param>
    public static async Task<TestBranch> CreateAsync(EngineApi api, string id, string code, IReadOnlyList<string> specialistNames, int firstNumber,
        DateOnly from, params (string Start, string End)[] hours)
    {
        var serviceId = $"{id}-consult";
        const string serviceName = "Test consultation";
        await api.PutAsync($"/api/branches/{id}", new
        {
            id, code, name = $"Test branch {code}", city = "Moscow", address = "1 Test St", timeZone = TimeZone, currency = "RUB",
            openingHours = EveryDay.Select(day => new { day = day.ToString(), opens = "08:00", closes = "22:00" }).ToArray(),
            daysOff = Array.Empty<string>(), gridStepMinutes = 15,
        });
        await api.PutAsync($"/api/services/{serviceId}", new
        {
            id = serviceId, name = serviceName, directionId = "salon", durationMinutes = 30, bufferBeforeMinutes = 0, bufferAfterMinutes = 0,
            price = new { minor = 150000, currency = "RUB" },
        });
        var ids = new List<string>();
        for (var i = 0; i < specialistNames.Count; i++)
        {
            var specialistId = $"{id}-s{i + 1:00}";
            ids.Add(specialistId);
            await api.PutAsync($"/api/specialists/{specialistId}", new
            {
                id = specialistId, number = firstNumber + i, name = specialistNames[i], position = "Test specialist", branchIds = new[] { id },
                directionIds = new[] { "salon" }, serviceIds = new[] { serviceId },
            });
            await api.PostAsync($"/api/specialists/{specialistId}/schedule", new
            {
                assignment = new
                {
                    branchId = id, from = Date(from),
                    template = new
                    {
                        name = "every day", kind = "Weekly",
                        weekdays = EveryDay.Select(day => new { day = day.ToString(), intervals = hours.Select(h => new { start = h.Start, end = h.End }).ToArray() }).ToArray(),
                    },
                },
            });
        }
        return new TestBranch(id, ids, serviceId, serviceName);
    }

    /// <summary>Books the service through the API for a client found or registered by phone; answers the booking's number.</summary>
    public async Task<string> BookAsync(EngineApi api, string specialistId, DateOnly date, string start, string clientName = "Test Client",
        string phone = "+7 955 000-00-01", bool confirmed = false, string source = "Reception")
    {
        var booking = await api.PostAsync("/api/bookings", new
        {
            branchId = Id, specialistId, date = Date(date), start, serviceIds = new[] { ServiceId }, client = new { name = clientName, phone }, confirmed, source,
        }, expected: 201);
        return booking.GetProperty("number").GetString()!;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
