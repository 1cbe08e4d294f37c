using System.Net.Http.Json;

namespace Frontdesk.TestSupport.Security;

/// <summary>
/// Acts as someone through the engine's real sign-in: a person (the demo accounts, or any account a test set up) gets
/// a cookie session and the antiforgery header on the given client; a device gets its bearer token. No bypass.
/// </summary>
public static class SignIn
{
    /// <summary>The demo accounts' password (Frontdesk:Demo:Password's default), and the secret of the demo devices' tokens.</summary>
    public const string DemoPassword = "demo-password";
    public const string DemoOwner = "demo-owner";
    public const string DemoClient = "demo-client";
    public const string AntiforgeryHeader = "X-XSRF-TOKEN";

    /// <summary>"demo-reception-moscow-tverskaya" and so on: role is manager, reception, cashier, specialist, kiosk or display.</summary>
    public static string Demo(string role, string branchId) => $"demo-{role}-{branchId}";

    public static string DemoDeviceToken(string role, string branchId) => $"{Demo(role, branchId)}.{DemoPassword}";

    /// <summary>
    /// Signs in on <paramref name="http"/> (a client without a cookie container: the session is sent as default headers,
    /// so the client acts as this person from now on). Fails the test with the engine's answer when refused.
    /// </summary>
    public static async Task<StaffSession> AsAsync(HttpClient http, string login, string password = DemoPassword)
    {
        var session = await SessionAsync(http, login, password);
        Use(http, session);
        return session;
    }

    /// <summary>Signs in and answers the session, leaving the client as it was.</summary>
    public static async Task<StaffSession> SessionAsync(HttpClient http, string login, string password = DemoPassword)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-in") { Content = JsonContent.Create(new { login, password }) };
        request.Headers.Remove("Cookie");
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Sign-in as {login} refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]).ToList() : [];
        var antiforgery = cookies.Select(c => c.Split('=', 2)).FirstOrDefault(c => c[0] == "XSRF-TOKEN")?[1]
            ?? throw new InvalidOperationException($"Sign-in as {login} set no XSRF-TOKEN cookie");
        var sent = cookies.Where(c => !c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal));
        return new StaffSession(login, string.Join("; ", sent), Uri.UnescapeDataString(antiforgery));
    }

    public static void Use(HttpClient http, StaffSession session)
    {
        Forget(http);
        http.DefaultRequestHeaders.Add("Cookie", session.CookieHeader);
        http.DefaultRequestHeaders.Add(AntiforgeryHeader, session.Antiforgery);
    }

    public static void UseDevice(HttpClient http, string token)
    {
        Forget(http);
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Back to anonymous.</summary>
    public static void Forget(HttpClient http)
    {
        http.DefaultRequestHeaders.Remove("Cookie");
        http.DefaultRequestHeaders.Remove(AntiforgeryHeader);
        http.DefaultRequestHeaders.Authorization = null;
    }
}
