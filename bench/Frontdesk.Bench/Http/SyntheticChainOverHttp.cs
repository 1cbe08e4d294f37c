using System.Net;

namespace Frontdesk.Bench.Http;

/// <summary>
/// The bench chain (50 branches × 20 specialists, 08:00–22:00 every day, three services) written through the engine's
/// own HTTP API, as an operator would: catalog PUTs and schedule POSTs, each with its Idempotency-Key.
/// </summary>
internal static class SyntheticChainOverHttp
{
    public const string Service15 = "bench-15";
    private static readonly string[] Zones = ["Europe/Moscow", "Asia/Yekaterinburg", "Europe/Kaliningrad"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static string Branch(int b) => $"b{b:000}";
    public static string Specialist(int b, int s) => $"b{b:000}-s{s:00}";

    public static async Task<string> WriteAsync(EngineApi api, int branches, int specialists, DateOnly today)
    {
        await Ok(api.PutAsync("/api/chain/profile", new { name = "Bench chain", currency = "RUB", phoneRegion = "RU", bookingHorizonDays = 365 }));
        await Ok(api.PutAsync("/api/directions/spa", new { id = "spa", name = "Spa" }));
        foreach (var (id, minutes) in new[] { (Service15, 15), ("bench-30", 30), ("bench-60", 60) })
            await Ok(api.PutAsync($"/api/services/{id}", new
            {
                id, name = $"Service {minutes}", directionId = "spa", durationMinutes = minutes, bufferBeforeMinutes = 0, bufferAfterMinutes = 0,
                price = new { minor = 100_000 * minutes / 15, currency = "RUB" },
            }));
        var open = Days.Select(d => new { day = d, opens = "08:00", closes = "22:00" }).ToArray();
        var template = new { name = "every day", kind = "Weekly", weekdays = Days.Select(d => new { day = d, intervals = new[] { new { start = "08:00", end = "22:00" } } }).ToArray() };
        for (var b = 0; b < branches; b++)
        {
            await Ok(api.PutAsync($"/api/branches/{Branch(b)}", new
            {
                id = Branch(b), code = $"B{b:000}", name = $"Branch {b}", city = $"City {b / 3}", address = $"{b} Main St", timeZone = Zones[b / 3 % Zones.Length],
                currency = "RUB", openingHours = open, daysOff = Array.Empty<string>(), gridStepMinutes = 15,
            }));
            for (var s = 0; s < specialists; s++)
            {
                await Ok(api.PutAsync($"/api/specialists/{Specialist(b, s)}", new
                {
                    id = Specialist(b, s), number = 5_000 + b * 100 + s + 1, name = $"Specialist {b}-{s}", position = "Master", branchIds = new[] { Branch(b) },
                    directionIds = new[] { "spa" }, serviceIds = new[] { Service15, "bench-30", "bench-60" },
                }));
                await Ok(api.PostAsync($"/api/specialists/{Specialist(b, s)}/schedule", new
                {
                    assignment = new { branchId = Branch(b), template, from = today.AddDays(-1).ToString("yyyy-MM-dd") },
                }));
            }
        }
        var (status, client) = await api.PostAsync("/api/clients", new { name = "Bench Client", phone = "+79000000077" });
        if (status != (int)HttpStatusCode.OK && status != (int)HttpStatusCode.Created) throw new InvalidOperationException($"POST /api/clients answered {status}: {client}");
        return client.GetProperty("id").GetString()!;
    }

    private static async Task Ok(Task<(int Status, System.Text.Json.JsonElement Body)> call)
    {
        var (status, body) = await call;
        if (status is < 200 or > 299) throw new InvalidOperationException($"Setting up the bench chain: {status} {body}");
    }
}
