using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Web.Tests.EndToEnd;

/// <summary>
/// A small HTTP proxy on a loopback port between the kiosks and the engine, which spoils ticket requests on demand
/// (see <see cref="ProxyFault"/>) and can be switched off altogether (an outage: connections refused) and on again on
/// the same port. Other requests (lines, printer reports) pass untouched.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly HttpClient _engine;
    private readonly ConcurrentDictionary<ProxyFault, int> _done = new();
    private WebApplication? _app;
    private int _port;

    private FaultProxy(Uri engine) =>
        _engine = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = engine, Timeout = TimeSpan.FromSeconds(60) };

    public Uri Address => new($"http://127.0.0.1:{_port}/");

    public TimeSpan SlowBy { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many ticket requests met each fault (None: passed untouched).</summary>
    public IReadOnlyDictionary<ProxyFault, int> Done => _done;

    /// <summary>Chooses the fault of each ticket request.</summary>
    public Func<ProxyFault> Faults { get; set; } = () => ProxyFault.None;

    public static async Task<FaultProxy> StartAsync(Uri engine)
    {
        var proxy = new FaultProxy(engine);
        await proxy.SwitchOnAsync();
        return proxy;
    }

    /// <summary>The outage: nothing listens on the port any more.</summary>
    public async Task SwitchOffAsync()
    {
        if (_app is null) return;
        var app = _app;
        _app = null;
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public async Task SwitchOnAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, _port));
        var app = builder.Build();
        app.Run(ForwardAsync);
        await app.StartAsync();
        _port = new Uri(app.Urls.Single()).Port;
        _app = app;
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var ticket = context.Request.Method == "POST" && context.Request.Path.Value!.EndsWith("/tickets", StringComparison.Ordinal);
        var fault = ticket ? Faults() : ProxyFault.None;
        if (ticket) _done.AddOrUpdate(fault, 1, (_, n) => n + 1);
        switch (fault)
        {
            case ProxyFault.DropBeforeEngine:
                context.Abort();
                return;
            case ProxyFault.ServerError:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
        }
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        // A slow engine still finishes what it started when the caller gives up, and so does this one.
        if (fault == ProxyFault.Slow) await Task.Delay(SlowBy);
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString)
        {
            Content = new ByteArrayContent(body.ToArray()),
        };
        if (context.Request.ContentType is { } type) request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        foreach (var header in context.Request.Headers.Where(h => h.Key is "Idempotency-Key" or "Authorization")) request.Headers.TryAddWithoutValidation(header.Key, [.. header.Value]);
        using var answer = await _engine.SendAsync(request, CancellationToken.None);
        var bytes = await answer.Content.ReadAsByteArrayAsync(CancellationToken.None);
        if (fault == ProxyFault.DropAfterEngine)
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = (int)answer.StatusCode;
        if (answer.Content.Headers.ContentType is { } answerType) context.Response.ContentType = answerType.ToString();
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await SwitchOffAsync();
        _engine.Dispose();
    }
}
