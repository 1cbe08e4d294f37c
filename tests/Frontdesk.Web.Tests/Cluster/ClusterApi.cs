using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Frontdesk.TestSupport.Realtime;
using Frontdesk.TestSupport.Security;

namespace Frontdesk.Web.Tests.Cluster;

/// <summary>
/// Every HTTP call the cluster tests make goes through here, so signing in is one change when the API needs it. A change
/// is sent to a preferred node; when that node cannot answer (refused, cut, timed out, 503) the same request with the same
/// Idempotency-Key goes to the next node, round and round until a deadline: what a load balancer skipping a dead node and
/// a client retrying a lost answer do together.
/// </summary>
public sealed class ClusterApi(IReadOnlyList<ClusterNode> nodes) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    public const string OwnerLogin = "cluster-owner";
    public static readonly string OwnerPassword = Guid.NewGuid().ToString("N");

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>The owner's session (the nodes share their data-protection keys, so it is good at every node), for the screens too.</summary>
    public HubCredentials Credentials { get; private set; } = new();

    public int NodeCount => nodes.Count;

    /// <summary>Signs in at <paramref name="node"/> as the owner the nodes create from their environment.</summary>
    public async Task SignInAsync(int node)
    {
        using var http = new HttpClient { BaseAddress = nodes[node].Address };
        var session = await SignIn.SessionAsync(http, OwnerLogin, OwnerPassword);
        SignIn.Use(_http, session);
        Credentials = HubCredentials.Of(session);
    }

    /// <summary>Whether the node holds the cluster's leadership (runs reminders: hold and offer expiry, saga resumption).</summary>
    public async Task<bool> LeadsAsync(int node)
    {
        var answer = await TryGetAsync(node, "/api/node");
        return answer.Status == 200 && answer.Body.GetProperty("leads").GetBoolean();
    }

    /// <summary>One try at one node, no failover: what that node says now.</summary>
    public async Task<ApiAnswer> TryGetAsync(int node, string path) => await TrySendAsync(node, HttpMethod.Get, path, null, null);

    public async Task<ApiAnswer> TrySendAsync(int node, HttpMethod method, string path, object? body, string? key)
    {
        using var request = new HttpRequestMessage(method, new Uri(nodes[node].Address, path));
        if (body is not null) request.Content = JsonContent.Create(body, options: Json);
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        try
        {
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return new ApiAnswer((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(),
                response.Content.Headers.ContentType?.MediaType, node);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            return new ApiAnswer(0, default, null, node);
        }
    }

    /// <summary>A change with its Idempotency-Key, failed over between the nodes until one answers it (not 503) or the deadline passes.</summary>
    public async Task<ApiAnswer> SendAsync(int preferred, HttpMethod method, string path, object? body, string? key = null, TimeSpan? deadline = null)
    {
        if (method != HttpMethod.Get) key ??= Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();
        // Longer than any outage the tests make (the database down while three nodes are checked one by one, on a loaded
        // CI machine): a receptionist's call in flight keeps being retried, as a client would, rather than give up.
        var limit = deadline ?? TimeSpan.FromMinutes(3);
        for (var attempt = 0; ; attempt++)
        {
            var answer = await TrySendAsync((preferred + attempt) % nodes.Count, method, path, body, key);
            // A 409 "in progress": the first try is still claimed on a node that lost its database mid-call, and the answer
            // says to come back with the same key once the claim lapses, as a client does: it is retried like a 503.
            var retry = answer.Status is 0 or 503 || answer.Status == 409 && answer.Code == "idempotency-key-in-progress";
            if (!retry || clock.Elapsed > limit) return answer;
            // Once round every node without an answer: the cluster (or its database) is down; back off a little before the next round.
            if ((attempt + 1) % nodes.Count == 0) await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 50 * (attempt + 1))));
        }
    }

    public Task<ApiAnswer> GetAsync(int preferred, string path) => SendAsync(preferred, HttpMethod.Get, path, null);

    public Task<ApiAnswer> PostAsync(int preferred, string path, object body, string? key = null) => SendAsync(preferred, HttpMethod.Post, path, body, key);

    public void Dispose() => _http.Dispose();
}
