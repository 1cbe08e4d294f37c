using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Frontdesk.Kiosk.Engine;

/// <summary>
/// The engine's queue API as the kiosk knows it, in one place: three routes, their bodies, the Idempotency-Key
/// header. Every call but the printer report goes through the <see cref="EnginePipeline"/>; a caller gets an
/// <see cref="EngineAnswer{T}"/>, never an exception for the engine being away.
/// </summary>
public sealed class EngineClient : IDisposable
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private readonly HttpClient _http;
    private readonly KioskOptions _options;
    private readonly ResiliencePipeline _pipeline;
    private readonly CircuitBreakerStateProvider _breaker = new();
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public EngineClient(KioskOptions options, TimeProvider time, ILogger<EngineClient> logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
        // The pipeline owns every deadline; the handler's connect timeout only keeps one try from hanging in SYN.
        _http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = options.Resilience.TryTimeout, PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
        {
            BaseAddress = new Uri(options.Engine.TrimEnd('/') + "/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        // Every call is the kiosk's own: the engine lets this token issue tickets at its branch and nothing more.
        _http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", options.DeviceToken);
        _pipeline = EnginePipeline.Build(options.Resilience, time, _breaker, logger);
    }

    public CircuitState Breaker => _breaker.CircuitState;

    private string BranchPath => $"api/queue/branches/{Uri.EscapeDataString(_options.BranchId)}";

    public Task<EngineAnswer<BranchLines>> GetLinesAsync(CancellationToken cancellationToken) =>
        CallAsync<BranchLines>(() => new HttpRequestMessage(HttpMethod.Get, $"{BranchPath}/lines"), cancellationToken);

    /// <summary>
    /// Asks for a ticket. Every try of one press carries the same <paramref name="idempotencyKey"/>, so an answer
    /// lost on the way back is fetched again rather than a second number issued.
    /// </summary>
    public Task<EngineAnswer<QueueTicket>> IssueTicketAsync(string lineId, string? bookingCode, string idempotencyKey, CancellationToken cancellationToken)
    {
        var body = new TicketRequest("kiosk", _options.KioskId, string.IsNullOrWhiteSpace(bookingCode) ? null : bookingCode.Trim());
        return CallAsync<QueueTicket>(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"{BranchPath}/lines/{Uri.EscapeDataString(lineId)}/tickets")
            {
                Content = JsonContent.Create(body, options: EngineJson.Options),
            };
            request.Headers.Add(IdempotencyKeyHeader, idempotencyKey);
            return request;
        }, cancellationToken);
    }

    /// <summary>Best effort, one short try outside the pipeline: a report must neither delay a press nor trip the breaker.</summary>
    public async Task<bool> ReportPrinterStatusAsync(PrinterStatusReport report, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Resilience.ReportTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{BranchPath}/kiosks/{Uri.EscapeDataString(_options.KioskId)}/printer-status")
            {
                Content = JsonContent.Create(report, options: EngineJson.Options),
            };
            // The engine takes no change without a key; a report is one change, sent once.
            request.Headers.Add(IdempotencyKeyHeader, Guid.NewGuid().ToString("N"));
            using var response = await _http.SendAsync(request, deadline.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
        {
            _logger.LogWarning("Printer status {Status} not reported to the engine: {Reason}", report.Status, ex.Message);
            return false;
        }
    }

    private async Task<EngineAnswer<T>> CallAsync<T>(Func<HttpRequestMessage> newRequest, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await _pipeline.ExecuteAsync(async ct =>
            {
                // A request message can be sent once: each try gets its own.
                using var request = newRequest();
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                if (IsTransient(response.StatusCode)) throw new TransientEngineFailure(response.StatusCode, RetryAfter(response));
                if (!response.IsSuccessStatusCode) return EngineAnswer<T>.Refused(await ReadProblemAsync(response, ct));
                // Read inside the try: a body cut off half-way is a failed try, retried under the same key.
                var value = await response.Content.ReadFromJsonAsync<T>(EngineJson.Options, ct);
                return value is null ? EngineAnswer<T>.Unavailable("The engine answered with an empty body") : EngineAnswer<T>.Answered(value);
            }, cancellationToken);
        }
        catch (BrokenCircuitException)
        {
            return EngineAnswer<T>.Unavailable("The engine is failing; the circuit breaker is open");
        }
        catch (TimeoutRejectedException ex)
        {
            return EngineAnswer<T>.Unavailable($"No answer from the engine within {ex.Timeout.TotalSeconds} s");
        }
        catch (Exception ex) when (EnginePipeline.IsTransient(ex) || ex is JsonException)
        {
            return EngineAnswer<T>.Unavailable(ex.Message);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private static async Task<string> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var fallback = $"The engine refused the request ({(int)response.StatusCode} {response.ReasonPhrase})";
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(EngineJson.Options, cancellationToken);
            return problem?.Detail ?? problem?.Title ?? fallback;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return fallback;
        }
    }

    public void Dispose() => _http.Dispose();
}
