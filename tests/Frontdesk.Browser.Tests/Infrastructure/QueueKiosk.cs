using System.Net.Http.Json;
using System.Text.Json;

namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>Takes tickets through the engine's kiosk API, as a kiosk does (one Idempotency-Key per press).</summary>
public sealed class QueueKiosk(Uri engine) : IDisposable
{
    private readonly HttpClient _http = new(new Frontdesk.TestSupport.IdempotencyKeys(new HttpClientHandler())) { BaseAddress = engine };

    public async Task<JsonElement> PressAsync(string branchId, string lineId, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/queue/branches/{branchId}/lines/{lineId}/tickets")
        {
            Content = JsonContent.Create(body ?? new { source = "kiosk", kioskId = "lobby-kiosk" }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        request.Headers.Authorization = Token(branchId);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async Task ReportPrinterAsync(string branchId, string kioskId, string status, string? detail)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/queue/branches/{branchId}/kiosks/{kioskId}/printer-status")
        {
            Content = JsonContent.Create(new { status, detail }),
        };
        request.Headers.Authorization = Token(branchId);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The demo kiosk of that branch: a kiosk may only act at its own branch.</summary>
    private static System.Net.Http.Headers.AuthenticationHeaderValue Token(string branchId) =>
        new("Bearer", Frontdesk.TestSupport.Security.SignIn.DemoDeviceToken("kiosk", branchId));

    public void Dispose() => _http.Dispose();
}
