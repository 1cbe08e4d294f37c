namespace Frontdesk.Grains.Wallets;

/// <summary>The ledger and the packs. The balance is kept as a running sum of the entries, never set on its own.</summary>
public sealed class ClientWalletState : IJournaledState<WalletEvent>
{
    public string? Currency { get; set; }
    public long Balance { get; set; }
    public long CreditLimit { get; set; }
    public string? Level { get; set; }
    public List<WalletEntry> Entries { get; set; } = [];
    public Dictionary<string, int> EntryAt { get; set; } = [];
    public Dictionary<string, VisitPack> Packs { get; set; } = [];

    public WalletEntry? Find(string entryId) => EntryAt.TryGetValue(entryId, out var at) ? Entries[at] : null;

    public void Apply(WalletEvent @event)
    {
        switch (@event)
        {
            case WalletEntryPosted e:
                Currency ??= e.Entry.Amount.Currency;
                Balance += e.Entry.Amount.Minor;
                EntryAt[e.Entry.Id] = Entries.Count;
                Entries.Add(e.Entry);
                break;
            case CreditLimitSet e:
                Currency ??= e.Limit.Currency;
                CreditLimit = e.Limit.Minor;
                break;
            case LevelSet e:
                Level = e.LevelId;
                break;
            case PackSold e:
                Currency ??= e.Sale.Price.Currency;
                Packs[e.Sale.PackId] = new VisitPack(e.Sale, [], e.At);
                break;
            case PackSessionUsed e:
                var used = Packs[e.PackId];
                Packs[e.PackId] = used with { UsedByVisits = [.. used.UsedByVisits, e.VisitId] };
                break;
            case PackSessionReturned e:
                var back = Packs[e.PackId];
                Packs[e.PackId] = back with { UsedByVisits = [.. back.UsedByVisits.Where(v => v != e.VisitId)] };
                break;
        }
    }
}
