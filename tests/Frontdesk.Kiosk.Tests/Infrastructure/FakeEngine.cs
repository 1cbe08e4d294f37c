using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>
/// The engine's queue API as the kiosk's contract describes it, on a real Kestrel socket on loopback, with faults
/// on demand. It issues a number once per Idempotency-Key and replays the same body for that key; its numbers and
/// requests outlive <see cref="StopAsync"/>, so an outage and a return are the same engine.
/// </summary>
public sealed class FakeEngine : IAsyncDisposable
{
    public const string BranchId = "central";

    /// <summary>The one token this engine accepts; any other call is 401, as the real engine answers a wrong token.</summary>
    public const string DeviceToken = "kiosk-1.fake-engine-secret";
    private static readonly TimeZoneInfo BranchZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");
    private static readonly (string Id, string Prefix, string Name)[] Lines = [("reception", "A", "Регистратура"), ("cashier", "B", "Касса")];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _answers = new();
    private readonly Dictionary<string, int> _lastNumber = new();
    private readonly ConcurrentQueue<FakeCall> _calls = new();
    private readonly ConcurrentQueue<ReceivedPrinterStatus> _printerReports = new();
    private int _issuesFinished;
    private WebApplication? _app;
    private int _port;

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}");

    /// <summary>Chooses the fault for each ticket request; none by default.</summary>
    public Func<FakeCall, EngineFault> Faults { get; set; } = _ => EngineFault.None;

    public TimeSpan SlowAnswer { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>What a <see cref="EngineFault.Busy"/> answer names in its Retry-After header, in whole seconds.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    public ISet<string> Bookings { get; } = new HashSet<string> { "BK-1001" };

    public IReadOnlyList<FakeCall> TicketCalls => [.. _calls];

    /// <summary>Ticket requests that ran to the end on the engine, whether or not their caller was still there.</summary>
    public int IssuesFinished => Volatile.Read(ref _issuesFinished);

    public IReadOnlyList<ReceivedPrinterStatus> PrinterReports => [.. _printerReports];

    /// <summary>Every number issued, by key.</summary>
    public IReadOnlyDictionary<string, string> Issued
    {
        get
        {
            lock (_gate) return _answers.ToDictionary(a => a.Key, a => JsonNode.Parse(a.Value)!["number"]!.GetValue<string>());
        }
    }

    public static async Task<FakeEngine> StartAsync()
    {
        var engine = new FakeEngine();
        await engine.StartAgainAsync();
        return engine;
    }

    /// <summary>A full outage: nothing listens on the port any more, connections are refused.</summary>
    public async Task StopAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    /// <summary>Starts (again) on the same port, with every number issued so far.</summary>
    public async Task StartAgainAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, _port));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization != $"Bearer {DeviceToken}")
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsJsonAsync(new { title = "Not signed in", detail = "Unknown device or wrong token.", status = 401 });
                return;
            }
            await next(context);
        });
        app.MapGet("/api/queue/branches/{branchId}/lines", (string branchId) => branchId == BranchId
            ? Results.Json(new
            {
                branch = new { id = BranchId, name = "Центральный филиал", timeZone = BranchZone.Id },
                lines = Lines.Select(l => new { id = l.Id, prefix = l.Prefix, name = l.Name }),
            })
            : Results.Problem(title: "No such branch", statusCode: 404));
        app.MapPost("/api/queue/branches/{branchId}/lines/{lineId}/tickets", (HttpContext context, string lineId) => IssueAsync(context, lineId, app.Lifetime.ApplicationStopping));
        app.MapPost("/api/queue/branches/{branchId}/kiosks/{kioskId}/printer-status", async (HttpContext context, string kioskId) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            _printerReports.Enqueue(new ReceivedPrinterStatus(kioskId, body!["status"]!.GetValue<string>(), body["detail"]?.GetValue<string>()));
            return Results.NoContent();
        });
        await app.StartAsync();
        _port = new Uri(app.Urls.Single()).Port;
        _app = app;
    }

    private async Task<IResult> IssueAsync(HttpContext context, string lineId, CancellationToken stopping)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        string? key = context.Request.Headers["Idempotency-Key"];
        var call = Record(key, lineId, body);
        if (key is null) return Results.Problem(title: "Idempotency-Key is required", statusCode: 400);
        var line = Lines.FirstOrDefault(l => l.Id == lineId);
        if (line.Id is null) return Results.Problem(title: "No such line", detail: $"Line {lineId} is not open here", statusCode: 404);
        if (call.BookingCode is { } code && !Bookings.Contains(code))
            return Results.Problem(title: "Booking not found", detail: $"No booking with code {code} today", statusCode: 404);

        var fault = Faults(call);
        switch (fault)
        {
            case EngineFault.DropBeforeIssue:
                context.Abort();
                return Results.Empty;
            case EngineFault.ServerError:
                return Results.Problem(title: "Something broke", statusCode: 500);
            case EngineFault.Busy:
                context.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.Problem(title: "The database is unavailable", statusCode: 503);
            case EngineFault.Slow:
                // A real engine finishes the issue even when the caller has given up; so does this one.
                await Task.Delay(SlowAnswer, stopping);
                break;
        }
        var answer = Issue(key, line, context.Request);
        Interlocked.Increment(ref _issuesFinished);
        if (fault == EngineFault.DropAfterIssue)
        {
            context.Abort();
            return Results.Empty;
        }
        return Results.Text(answer, "application/json", statusCode: 201);
    }

    private FakeCall Record(string? key, string lineId, JsonNode? body)
    {
        lock (_gate)
        {
            var attempt = _calls.Count(c => c.IdempotencyKey == key) + 1;
            var call = new FakeCall(key, lineId, body?["kioskId"]?.GetValue<string>(), body?["source"]?.GetValue<string>(),
                body?["bookingCode"]?.GetValue<string>(), attempt, System.Diagnostics.Stopwatch.GetTimestamp());
            _calls.Enqueue(call);
            return call;
        }
    }

    private string Issue(string key, (string Id, string Prefix, string Name) line, HttpRequest request)
    {
        lock (_gate)
        {
            if (_answers.TryGetValue(key, out var replay)) return replay;
            var number = _lastNumber[line.Id] = _lastNumber.GetValueOrDefault(line.Id) + 1;
            var now = DateTimeOffset.UtcNow;
            var ticketId = Guid.NewGuid().ToString("N");
            var answer = JsonSerializer.Serialize(new
            {
                ticketId,
                number = $"{line.Prefix}-{number:000}",
                lineId = line.Id,
                lineName = line.Name,
                branchName = "Центральный филиал",
                issuedAt = now.UtcDateTime.ToString("O"),
                localTime = TimeZoneInfo.ConvertTime(now, BranchZone).ToString("yyyy-MM-ddTHH:mm:sszzz"),
                peopleAhead = number - 1,
                estimatedWaitMinutes = number > 1 ? (number - 1) * 4 : (int?)null,
                statusUrl = $"http://{request.Host}/queue/tickets/{ticketId}",
            });
            _answers[key] = answer;
            return answer;
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
