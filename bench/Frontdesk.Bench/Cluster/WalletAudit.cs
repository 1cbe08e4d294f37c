using Frontdesk.Bench.Http;

namespace Frontdesk.Bench.Cluster;

/// <summary>
/// After a run, each wallet read back: off-ledger when its balance is not the sum of its entries, mismatched when it is
/// not what the acknowledged deposits and refunds add up to (a lost or doubled movement), negative when below zero.
/// </summary>
internal sealed record WalletAudit(int Wallets, int OffLedger, int Mismatched, int Negative, int Entries)
{
    public static async Task<WalletAudit> RunAsync(EngineApi api, WalletTraffic traffic)
    {
        var (offLedger, mismatched, negative, entries) = (0, 0, 0, 0);
        foreach (var client in traffic.ClientIds)
        {
            var wallet = await api.GetAsync($"api/clients/{client}/wallet");
            var balance = wallet.GetProperty("balance").GetInt64();
            var ledger = wallet.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("amount").GetProperty("minor").GetInt64()).ToList();
            entries += ledger.Count;
            if (ledger.Sum() != balance) offLedger++;
            if (traffic.Acknowledged.GetValueOrDefault(client)?.Sum() is { } moved ? moved != balance : balance != 0) mismatched++;
            if (balance < 0) negative++;
        }
        return new WalletAudit(traffic.ClientIds.Count, offLedger, mismatched, negative, entries);
    }

    public override string ToString() => $"{Wallets} wallets, {Entries} entries: {OffLedger} off their ledger, {Mismatched} not what was acknowledged, {Negative} negative";
}
