using Frontdesk.Grains.Audit;
using Frontdesk.Grains.Clients;

namespace Frontdesk.Grains.Wallets;

/// <summary>
/// A client's ledger. Every command is decided against the whole ledger in one turn and each entry carries the
/// operation id that made it, so a retry, a second receptionist or a second node finds the entry instead of adding one;
/// the journal's version check makes that hold across nodes, since the loser re-runs against the winner's entries.
/// </summary>
[GrainType("client-wallet")]
public sealed class ClientWalletGrain(TimeProvider time) : JournaledGrain<ClientWalletState, WalletEvent>, IClientWalletGrain
{
    private bool _ownerChecked;

    public Task<WalletView> GetAsync() => Task.FromResult(View());

    protected override string? AuditSubject(WalletEvent @event) => AuditSubjects.Wallet(GetPrimaryKeyString());

    protected override object? AuditView(string subject) => new WalletAuditView(State.Currency, State.Balance, State.CreditLimit, State.Level,
        State.Entries.Count, State.Entries.LastOrDefault(), [.. State.Packs.Values]);

    public async Task<WalletEntry> DepositAsync(WalletDeposit deposit)
    {
        var problems = new Problems();
        WalletRules.CheckOperation(problems, "operationId", deposit.OperationId);
        WalletRules.CheckAmount(problems, "amount", deposit.Amount, State.Currency);
        WalletRules.CheckMoneyIn(problems, deposit.Method);
        if (deposit.Kind is not (WalletEntryKind.Deposit or WalletEntryKind.Prepayment or WalletEntryKind.Advance))
            problems.Add("kind", "money in is a deposit, a prepayment or an advance");
        if (deposit.Kind == WalletEntryKind.Prepayment && string.IsNullOrWhiteSpace(deposit.BookingNumber)) problems.Add("bookingNumber", "a prepayment names its booking");
        problems.MaxLength("note", deposit.Note, 500);
        problems.ThrowIfAny("invalid-deposit", "deposit");
        if (WalletRules.Repeat(State, deposit.OperationId, deposit.Kind, deposit.Amount.Minor) is { } done) return done;
        await CheckOwnerAsync();
        return Post(deposit.OperationId, deposit.Kind, deposit.Amount.Minor, deposit.Amount.Currency, deposit.Method,
            bookingNumber: deposit.BookingNumber, note: deposit.Note);
    }

    public async Task<WalletEntry> DebitVisitAsync(VisitDebit debit)
    {
        var problems = new Problems();
        WalletRules.CheckOperation(problems, "visitId", debit.VisitId);
        WalletRules.CheckAmount(problems, "amount", debit.Amount, State.Currency);
        problems.MaxLength("note", debit.Note, 500);
        problems.ThrowIfAny("invalid-debit", "visit debit");
        var id = VisitDebitId(debit.VisitId);
        if (WalletRules.Repeat(State, id, WalletEntryKind.VisitDebit, -debit.Amount.Minor) is { } done) return done;
        await CheckOwnerAsync();
        WalletRules.CheckFunds(State, debit.Amount.Minor, $"Visit {debit.VisitId}");
        return Post(id, WalletEntryKind.VisitDebit, -debit.Amount.Minor, debit.Amount.Currency, PaymentMethod.Wallet, visitId: debit.VisitId, note: debit.Note);
    }

    public async Task<WalletEntry> RefundAsync(WalletRefund refund)
    {
        var problems = new Problems();
        WalletRules.CheckOperation(problems, "operationId", refund.OperationId);
        WalletRules.CheckAmount(problems, "amount", refund.Amount, State.Currency);
        WalletRules.CheckMoneyIn(problems, refund.Method);
        problems.Text("reason", refund.Reason, 500);
        problems.ThrowIfAny("invalid-refund", "refund");
        if (WalletRules.Repeat(State, refund.OperationId, WalletEntryKind.Refund, -refund.Amount.Minor) is { } done) return done;
        await CheckOwnerAsync();
        // Only an advance the client has is paid back: credit is for services, never handed out as cash.
        WalletRules.CheckFunds(State, refund.Amount.Minor, "The refund", creditAllowed: false);
        return Post(refund.OperationId, WalletEntryKind.Refund, -refund.Amount.Minor, refund.Amount.Currency, refund.Method, note: refund.Reason);
    }

    public Task<WalletEntry> ReverseAsync(string entryId, string reason)
    {
        var problems = new Problems();
        WalletRules.CheckOperation(problems, "entryId", entryId);
        problems.Text("reason", reason, 500);
        problems.ThrowIfAny("invalid-reversal", "reversal");
        var original = State.Find(entryId) ?? throw CommandRejectedException.NotFound("unknown-entry", $"The wallet has no entry '{entryId}'.");
        if (original.Kind == WalletEntryKind.Reversal)
            throw CommandRejectedException.Conflict("reversal-of-reversal", $"Entry '{entryId}' is itself a reversal.");
        var id = ReversalId(entryId);
        if (WalletRules.Repeat(State, id, WalletEntryKind.Reversal, -original.Amount.Minor) is { } done) return Task.FromResult(done);
        if (original.Amount.Minor > 0) WalletRules.CheckFunds(State, original.Amount.Minor, $"Reversing entry {original.Sequence}");
        return Task.FromResult(Post(id, WalletEntryKind.Reversal, -original.Amount.Minor, original.Amount.Currency, original.Method,
            original.VisitId, original.BookingNumber, reason, entryId));
    }

    public async Task<WalletView> SetCreditLimitAsync(Money limit)
    {
        var problems = new Problems();
        WalletRules.CheckAmount(problems, "limit", limit, State.Currency, zeroAllowed: true);
        problems.ThrowIfAny("invalid-credit-limit", "credit limit");
        if (limit.Minor == State.CreditLimit && State.Currency is not null) return View();
        if (State.Balance < -limit.Minor)
            throw CommandRejectedException.Conflict("credit-in-use", $"The client owes {new Money(-State.Balance, limit.Currency)}: the limit cannot be less.");
        await CheckOwnerAsync();
        RaiseEvent(new CreditLimitSet(limit));
        return View();
    }

    public async Task<WalletView> SetLevelAsync(string? levelId)
    {
        if (levelId is { Length: 0 or > 100 }) throw CommandRejectedException.Invalid("invalid-level", "A level id is 1 to 100 characters, or none.");
        if (levelId == State.Level) return View();
        await CheckOwnerAsync();
        RaiseEvent(new LevelSet(levelId));
        return View();
    }

    public async Task<VisitPack> SellPackAsync(PackSale sale)
    {
        WalletRules.CheckSale(sale, State.Currency);
        if (State.Packs.TryGetValue(sale.PackId, out var sold))
        {
            if (sold.Sale != sale && !SameSale(sold.Sale, sale))
                throw CommandRejectedException.Conflict("operation-reused", $"Pack '{sale.PackId}' was sold already as '{sold.Sale.Name}'.");
            return sold;
        }
        await CheckOwnerAsync();
        if (sale.PaidBy == PaymentMethod.Wallet && sale.Price.Minor > 0)
        {
            WalletRules.CheckFunds(State, sale.Price.Minor, $"Pack '{sale.Name}'");
            Post(PackPurchaseId(sale.PackId), WalletEntryKind.PackPurchase, -sale.Price.Minor, sale.Price.Currency, PaymentMethod.Wallet, note: sale.Name);
        }
        RaiseEvent(new PackSold(sale, time.GetUtcNow()));
        return State.Packs[sale.PackId];
    }

    public Task<VisitPack> UsePackAsync(PackUse use)
    {
        var problems = new Problems();
        WalletRules.CheckOperation(problems, "visitId", use.VisitId);
        problems.ThrowIfAny("invalid-pack-use", "pack use");
        var pack = Pack(use.PackId);
        if (pack.UsedByVisits.Contains(use.VisitId)) return Task.FromResult(pack);
        if (WalletRules.WhyNot(pack, use) is { } why)
            throw CommandRejectedException.Conflict("pack-not-usable", $"Pack '{pack.Sale.Name}' {why}.",
                new Dictionary<string, object?> { ["packId"] = use.PackId, ["remaining"] = pack.Remaining });
        RaiseEvent(new PackSessionUsed(use.PackId, use.VisitId));
        return Task.FromResult(State.Packs[use.PackId]);
    }

    public Task<VisitPack> ReturnPackSessionAsync(string packId, string visitId)
    {
        var pack = Pack(packId);
        if (pack.UsedByVisits.Contains(visitId)) RaiseEvent(new PackSessionReturned(packId, visitId));
        return Task.FromResult(State.Packs[packId]);
    }

    public static string VisitDebitId(string visitId) => $"visit:{visitId}";
    public static string ReversalId(string entryId) => $"reversal:{entryId}";
    public static string PackPurchaseId(string packId) => $"pack:{packId}";

    private VisitPack Pack(string packId) => State.Packs.GetValueOrDefault(packId ?? "")
        ?? throw CommandRejectedException.NotFound("unknown-pack", $"The client has no pack '{packId}'.", new Dictionary<string, object?> { ["packId"] = packId });

    private static bool SameSale(PackSale a, PackSale b) => a with { ServiceIds = b.ServiceIds } == b && a.ServiceIds.SequenceEqual(b.ServiceIds);

    private WalletEntry Post(string id, WalletEntryKind kind, long amount, string currency, PaymentMethod? method, string? visitId = null,
        string? bookingNumber = null, string? note = null, string? reverses = null)
    {
        var entry = new WalletEntry(id, State.Entries.Count + 1, kind, new Money(amount, currency), new Money(State.Balance + amount, currency),
            time.GetUtcNow(), method, visitId, bookingNumber, note, reverses);
        RaiseEvent(new WalletEntryPosted(entry));
        return entry;
    }

    // A dependent's wallet would be a balance stuck where the owner cannot see it: only an owner's card has one.
    private async Task CheckOwnerAsync()
    {
        if (_ownerChecked) return;
        var id = GetPrimaryKeyString();
        var card = await GrainFactory.GetGrain<IClientGrain>(id).GetAsync()
            ?? throw CommandRejectedException.NotFound("unknown-client", $"There is no client '{id}'.", new Dictionary<string, object?> { ["clientId"] = id });
        if (card.OwnerId is { } owner)
            throw CommandRejectedException.Unprocessable("dependent-has-no-wallet",
                $"{card.Name} is a dependent: what they receive is paid from the wallet of {owner}.", new Dictionary<string, object?> { ["ownerId"] = owner });
        _ownerChecked = true;
    }

    private WalletView View() => new(GetPrimaryKeyString(), State.Currency, State.Balance, State.CreditLimit, [.. State.Entries],
        [.. State.Packs.Values.OrderBy(p => p.SoldAt)], TentativeVersion, State.Level);
}
