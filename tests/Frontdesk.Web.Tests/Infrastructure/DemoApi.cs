using Frontdesk.TestSupport;
using Frontdesk.TestSupport.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Frontdesk.Web.Tests.Infrastructure;

/// <summary>
/// The engine on a fresh SQLite file with the demo chain seeded, its clock fixed at <see cref="Now"/> so the demo's
/// bookings and every "today" are the same on every run. One per test class (xUnit class fixture).
/// </summary>
public sealed class DemoApi : IAsyncLifetime
{
    /// <summary>Monday 23 November 2026, 06:00 UTC: 09:00 in Moscow, 11:00 in Yekaterinburg.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    private readonly TempFolder _folder = new();
    private FrontdeskFactory _factory = null!;

    public FakeTimeProvider Time { get; } = new(Now);
    public ApiClient Client { get; private set; } = null!;
    public IServiceProvider Services => _factory.Services;

    public FrontdeskFactory Factory => _factory;

    /// <summary>Signed in as the demo owner (who may do everything); <see cref="As"/> gives a client for another account.</summary>
    public async Task InitializeAsync()
    {
        _factory = new FrontdeskFactory(new Dictionary<string, string?> { ["Frontdesk:DataDirectory"] = _folder.Path },
            services => services.AddSingleton<TimeProvider>(Time));
        Client = new ApiClient(Anonymous());
        await SignIn.AsAsync(Client.Http, SignIn.DemoOwner);
    }

    /// <summary>A new client with no one signed in.</summary>
    public HttpClient Anonymous() => _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });

    /// <summary>A new client signed in as <paramref name="login"/> (the demo password unless given).</summary>
    public async Task<ApiClient> As(string login, string password = SignIn.DemoPassword)
    {
        var http = Anonymous();
        await SignIn.AsAsync(http, login, password);
        return new ApiClient(http);
    }

    /// <summary>A new client that is a device with this token.</summary>
    public ApiClient AsDevice(string token)
    {
        var http = Anonymous();
        SignIn.UseDevice(http, token);
        return new ApiClient(http);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        _folder.Dispose();
    }
}
