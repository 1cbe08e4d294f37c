using System.Net.Http.Json;
using System.Text.Json;

namespace Frontdesk.Bench.Http;

/// <summary>The engine's HTTP API as the load generator uses it: JSON in, JSON out, an Idempotency-Key per action.</summary>
internal sealed class EngineApi(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HttpClient Http => http;

    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    /// <summary>Sends a mutating call with a fresh Idempotency-Key; answers the status and the body.</summary>
    public async Task<(int Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body, string? key = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString("N"));
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public Task<(int Status, JsonElement Body)> PostAsync(string path, object body, string? key = null) => SendAsync(HttpMethod.Post, path, body, key);

    public Task<(int Status, JsonElement Body)> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);
}
