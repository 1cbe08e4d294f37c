using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.Certificates;

[GrainType("gift-certificate")]
public sealed class GiftCertificateGrain(TimeProvider time) : JournaledGrain<CertificateState, CertificateEvent>, IGiftCertificateGrain
{
    public Task<CertificateView> GetAsync() => Task.FromResult(View());

    public Task<CertificateView> IssueAsync(CertificateIssue issue)
    {
        if (State.Issue is { } issued)
            return issued == issue ? Task.FromResult(View())
                : throw CommandRejectedException.Conflict("certificate-exists", $"Certificate {GetPrimaryKeyString()} was issued already for {issued.Amount}.");
        var problems = new Problems();
        var code = GetPrimaryKeyString();
        if (code.Length is < 4 or > 40 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) problems.Add("code", "is 4 to 40 letters, digits or dashes");
        WalletRules.CheckAmount(problems, "amount", issue.Amount, null);
        if (!issue.Imported) WalletRules.CheckMoneyIn(problems, issue.PaidBy);
        problems.MaxLength("note", issue.Note, 500);
        problems.ThrowIfAny("invalid-certificate", "certificate");
        RaiseEvent(new CertificateIssued(issue, time.GetUtcNow()));
        return Task.FromResult(View());
    }

    public Task<CertificateView> RedeemAsync(string visitId, long amount, DateOnly date)
    {
        var issue = State.Issue ?? throw CommandRejectedException.NotFound("unknown-certificate", $"There is no certificate {GetPrimaryKeyString()}.");
        if (State.Live(visitId) is { } done)
            return done.Amount == amount ? Task.FromResult(View())
                : throw CommandRejectedException.Conflict("operation-reused", $"Visit {visitId} took {done.Amount} from this certificate already.");
        if (amount <= 0) throw CommandRejectedException.Invalid("invalid-redemption", "A redemption takes more than zero.");
        if (date > issue.ExpiresOn) throw CommandRejectedException.Conflict("certificate-expired", $"Certificate {GetPrimaryKeyString()} expired on {issue.ExpiresOn:yyyy-MM-dd}.");
        if (amount > State.Balance)
            throw CommandRejectedException.Conflict("certificate-balance", $"Certificate {GetPrimaryKeyString()} has {State.Balance} left, not {amount}.",
                new Dictionary<string, object?> { ["balance"] = State.Balance });
        // A fixed certificate is one visit's: what that visit leaves of it is burnt, not kept.
        var burnt = issue.Kind == CertificateKind.Fixed ? State.Balance - amount : 0;
        RaiseEvent(new CertificateRedeemed(new CertificateRedemption(visitId, amount, burnt, time.GetUtcNow())));
        return Task.FromResult(View());
    }

    public Task<CertificateView> ReverseAsync(string visitId)
    {
        if (State.Live(visitId) is not null) RaiseEvent(new RedemptionReversed(visitId));
        return Task.FromResult(View());
    }

    private CertificateView View() => new(GetPrimaryKeyString(), State.Issue, State.Balance, [.. State.Redemptions], State.IssuedAt);
}
