using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Frontdesk.Web.Tests.Infrastructure;

/// <summary>Calls the API as a front end would: JSON bodies, a new Idempotency-Key per change unless the test gives one.</summary>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    public const string KeyHeader = "Idempotency-Key";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HttpClient Http => http;

    public static string NewKey() => Guid.NewGuid().ToString();

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? key = null) =>
        SendRawAsync(method, path, body is null ? null : JsonSerializer.Serialize(body, Json), key ?? NewKey());

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null, string? key = null) => SendAsync(HttpMethod.Post, path, body, key);

    /// <summary>Sends exactly these bytes; a null key sends no Idempotency-Key header at all.</summary>
    public Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, string? json, string? key, string mediaType = "application/json")
    {
        var request = new HttpRequestMessage(method, path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue(mediaType));
        if (key is not null) request.Headers.Add(KeyHeader, key);
        return http.SendAsync(request);
    }

    /// <summary>The id of the first client a search finds (the demo's clients by name: "anna ivanova", "petrova").</summary>
    public async Task<string> ClientIdAsync(string query) =>
        (await GetJsonAsync($"/api/clients?query={Uri.EscapeDataString(query)}"))[0].GetProperty("id").GetString()!;

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await http.GetAsync(path);
        return await JsonOf(response, expected: 200);
    }

    /// <summary>The response's JSON, after checking its status (the body is in the message when it is not the one expected).</summary>
    public static async Task<JsonElement> JsonOf(HttpResponseMessage response, int expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {expected}, got {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => http.Dispose();
}
