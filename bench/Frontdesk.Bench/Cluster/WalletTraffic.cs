using System.Collections.Concurrent;
using System.Net;
using Frontdesk.Bench.Http;
using Frontdesk.Bench.Measurement;

namespace Frontdesk.Bench.Cluster;

/// <summary>
/// Cashiers at the desks of every node: deposits (two calls in three) and refunds of what is left on a few shared
/// wallets, each with its own Idempotency-Key, sent to any node. A refund the balance cannot cover is refused (409/422)
/// and counted as a conflict. What each acknowledged call moved is kept, for <see cref="WalletAudit"/>.
/// </summary>
internal sealed class WalletTraffic(EngineApi api, IReadOnlyList<Uri> nodes, IReadOnlyList<string> clientIds)
{
    public IReadOnlyList<string> ClientIds => clientIds;

    /// <summary>Per client: the signed amounts (kopecks) of the acknowledged deposits and refunds.</summary>
    public ConcurrentDictionary<string, ConcurrentBag<long>> Acknowledged { get; } = new();

    public async Task CashierAsync(Caller caller)
    {
        var random = Random.Shared;
        var client = clientIds[random.Next(clientIds.Count)];
        var node = nodes[random.Next(nodes.Count)];
        var amount = 100 * random.Next(1, 50);
        var deposit = random.Next(3) != 0;
        var path = $"api/clients/{client}/wallet/{(deposit ? "deposits" : "refunds")}";
        var (status, body) = await api.PostAsync(new Uri(node, path).ToString(),
            deposit ? new { amount, method = "Cash" } : new { amount, method = "Cash", reason = "The client asked for the advance back" });
        if (status == (int)HttpStatusCode.Created)
            Acknowledged.GetOrAdd(client, _ => []).Add(deposit ? amount : -amount);
        else if (status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.UnprocessableEntity) caller.CountConflict();
        else throw new InvalidOperationException($"{path}: {status}: {body}");
    }
}
