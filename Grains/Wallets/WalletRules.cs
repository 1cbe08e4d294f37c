namespace Frontdesk.Grains.Wallets;

/// <summary>What a wallet command must be before it touches the ledger; each refusal names the field that was wrong.</summary>
internal static class WalletRules
{
    public const int MaxIdLength = 200;

    public static void CheckOperation(Problems problems, string field, string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) problems.Add(field, "is required");
        else if (id.Length > MaxIdLength) problems.Add(field, $"is longer than {MaxIdLength} characters");
    }

    public static void CheckAmount(Problems problems, string field, Money amount, string? walletCurrency, bool zeroAllowed = false)
    {
        if (amount.Currency is not { Length: 3 } || !amount.Currency.All(char.IsAsciiLetterUpper)) problems.Add(field, "needs an ISO 4217 currency (RUB, EUR)");
        else if (walletCurrency is not null && amount.Currency != walletCurrency) problems.Add(field, $"is in {amount.Currency}, the wallet in {walletCurrency}");
        if (amount.Minor < 0 || (amount.Minor == 0 && !zeroAllowed)) problems.Add(field, zeroAllowed ? "cannot be negative" : "must be more than zero");
    }

    public static void CheckMoneyIn(Problems problems, PaymentMethod method)
    {
        if (method is not (PaymentMethod.Cash or PaymentMethod.Card or PaymentMethod.Transfer))
            problems.Add("method", "money comes in by cash, card or transfer");
    }

    /// <summary>A repeat of an operation is answered with its entry; the same id for a different operation is refused.</summary>
    public static WalletEntry? Repeat(ClientWalletState state, string id, WalletEntryKind kind, long amount)
    {
        if (state.Find(id) is not { } done) return null;
        if (done.Kind != kind || done.Amount.Minor != amount)
            throw CommandRejectedException.Conflict("operation-reused",
                $"Operation '{id}' already made a {done.Kind} of {done.Amount}; it cannot now be a {kind} of {Math.Abs(amount)}.",
                new Dictionary<string, object?> { ["entry"] = done.Id });
        return done;
    }

    /// <summary>Whether taking <paramref name="amount"/> keeps the balance within the credit limit.</summary>
    public static void CheckFunds(ClientWalletState state, long amount, string what, bool creditAllowed = true)
    {
        var floor = creditAllowed ? -state.CreditLimit : 0;
        if (state.Balance - amount >= floor) return;
        var available = state.Balance - floor;
        throw CommandRejectedException.Conflict("insufficient-funds",
            $"{what} needs {new Money(amount, state.Currency ?? "")}, the wallet has {new Money(Math.Max(0, available), state.Currency ?? "")} available.",
            new Dictionary<string, object?> { ["balance"] = state.Balance, ["available"] = Math.Max(0, available), ["needed"] = amount });
    }

    public static void CheckSale(PackSale sale, string? walletCurrency)
    {
        var problems = new Problems();
        CheckOperation(problems, "packId", sale.PackId);
        problems.Text("name", sale.Name, 200);
        if (sale.ServiceIds is not { Count: > 0 }) problems.Add("serviceIds", "names at least one service");
        if (sale.Sessions is < 1 or > 1000) problems.Add("sessions", "is 1 to 1000, or none for unlimited");
        if (sale.Kind == PackKind.Sessions && sale.Sessions is null) problems.Add("sessions", "a pack of sessions says how many");
        if (sale.Kind == PackKind.Membership && sale.ValidUntil is null) problems.Add("validUntil", "a membership has an end");
        if (sale.ValidUntil is { } until && until < sale.ValidFrom) problems.Add("validUntil", "is before validFrom");
        if ((sale.DailyFrom is null) != (sale.DailyTo is null) || sale.DailyFrom >= sale.DailyTo) problems.Add("dailyFrom", "and dailyTo go together, from before to");
        if (sale.PersonsPerVisit is < 1 or > 2) problems.Add("personsPerVisit", "is 1, or 2 for a pair");
        CheckAmount(problems, "price", sale.Price, walletCurrency, zeroAllowed: true);
        if (sale.PaidBy is PaymentMethod.Certificate or PaymentMethod.Pack) problems.Add("paidBy", "a pack is paid by cash, card, transfer or the wallet");
        problems.ThrowIfAny("invalid-pack", "pack sale");
    }

    /// <summary>Why this pack cannot pay for this use, or null when it can.</summary>
    public static string? WhyNot(VisitPack pack, PackUse use)
    {
        var sale = pack.Sale;
        if (!sale.ServiceIds.Contains(use.ServiceId)) return $"does not cover the service '{use.ServiceId}'";
        if (use.Date < sale.ValidFrom) return $"starts on {sale.ValidFrom:yyyy-MM-dd}";
        if (sale.ValidUntil is { } until && use.Date > until) return $"expired on {until:yyyy-MM-dd}";
        if (sale.DailyFrom is { } from && (use.Time < from || use.Time >= sale.DailyTo)) return $"is valid only {from:HH\\:mm}–{sale.DailyTo:HH\\:mm}";
        if (use.Persons < 1 || use.Persons > sale.PersonsPerVisit) return $"admits {sale.PersonsPerVisit} per visit";
        if (pack.Remaining is <= 0) return "has no sessions left";
        return null;
    }
}
