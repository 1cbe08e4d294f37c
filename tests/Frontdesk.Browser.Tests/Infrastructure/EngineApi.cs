using System.Net.Http.Json;
using System.Text.Json;
using Frontdesk.TestSupport.Security;

namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>The engine's HTTP API as a test drives it beside the browsers: JSON, a new Idempotency-Key per change.</summary>
public sealed class EngineApi(Uri address) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    private Task? _signedIn;

    /// <summary>The test acts as the demo owner, through the engine's own sign-in, once.</summary>
    private Task SignedInAsync() => _signedIn ??= SignIn.AsAsync(_http, SignIn.DemoOwner);

    public async Task<JsonElement> GetAsync(string path)
    {
        await SignedInAsync();
        return await ReadAsync(await _http.GetAsync(path), 200);
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object body, int expected = 200)
    {
        await SignedInAsync();
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await ReadAsync(await _http.SendAsync(request), expected);
    }

    public Task<JsonElement> PostAsync(string path, object body, int expected = 200) => SendAsync(HttpMethod.Post, path, body, expected);

    public Task<JsonElement> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    /// <summary>Whether the engine answers at all (it may be starting or stopped).</summary>
    public async Task<bool> AnswersAsync()
    {
        try
        {
            return (await _http.GetAsync("/health/ready")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, int expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {expected}, got {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();
}
