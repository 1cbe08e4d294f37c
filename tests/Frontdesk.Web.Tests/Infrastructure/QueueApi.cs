using System.Net.Http.Json;
using System.Text.Json;

namespace Frontdesk.Web.Tests.Infrastructure;

/// <summary>The queue's HTTP API as a kiosk, reception and a desk call it, answering parsed JSON (the tests read it as a client would).</summary>
public sealed class QueueApi(HttpClient http, string branchId = "moscow-tverskaya")
{
    public string Branch => $"/api/queue/branches/{branchId}";

    public Task<HttpResponseMessage> IssueAsync(string line, string? key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Branch}/lines/{line}/tickets") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return http.SendAsync(request);
    }

    public async Task<JsonElement> IssuedAsync(string line, string? key = null, string source = "kiosk", string? priority = null)
    {
        using var response = await IssueAsync(line, key ?? Guid.NewGuid().ToString(), new { source, kioskId = "kiosk-1", priority });
        return await OkAsync(response);
    }

    public async Task<JsonElement> DeskAsync(string desk, string action, object? body = null)
    {
        using var response = await http.PostAsync($"{Branch}/desks/{desk}/{action}", body is null ? null : JsonContent.Create(body));
        return await OkAsync(response);
    }

    public Task<HttpResponseMessage> DeskResponseAsync(string desk, string action, object? body = null) =>
        http.PostAsync($"{Branch}/desks/{desk}/{action}", body is null ? null : JsonContent.Create(body));

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        return await OkAsync(response);
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The business date of the demo's Moscow branches now.</summary>
    public static DateOnly MoscowToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")).DateTime);
}
