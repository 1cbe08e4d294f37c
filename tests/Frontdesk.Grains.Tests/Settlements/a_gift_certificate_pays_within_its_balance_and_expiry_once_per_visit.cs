using Frontdesk.Grains.Certificates;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.Tests.Settlements;

public sealed class a_gift_certificate_pays_within_its_balance_and_expiry_once_per_visit : OnFreshChain
{
    private static readonly DateOnly June = new(2027, 6, 1);

    private IGiftCertificateGrain Certificate(string code) => Chain.Grains.GetGrain<IGiftCertificateGrain>(code);

    [Fact]
    public async Task a_deposit_certificate_is_spent_over_visits_and_a_repeat_takes_nothing_more()
    {
        await Certificate("GIFT-1").IssueAsync(new CertificateIssue(CertificateKind.Deposit, new Money(500_000, "RUB"), June, PaymentMethod.Card));

        await Certificate("GIFT-1").RedeemAsync("visit-1", 200_000, June);
        await Certificate("GIFT-1").RedeemAsync("visit-1", 200_000, June);
        var after = await Certificate("GIFT-1").RedeemAsync("visit-2", 250_000, June);
        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => Certificate("GIFT-1").RedeemAsync("visit-3", 100_000, June));
        var reversed = await Certificate("GIFT-1").ReverseAsync("visit-2");

        Assert.Equal(50_000, after.Balance);
        Assert.Equal("certificate-balance", refused.Code);
        Assert.Equal(300_000, reversed.Balance);
    }

    [Fact]
    public async Task a_fixed_certificate_is_one_visits_and_an_expired_one_pays_nothing()
    {
        await Certificate("FIX-1").IssueAsync(new CertificateIssue(CertificateKind.Fixed, new Money(500_000, "RUB"), June, PaymentMethod.Cash));
        await Certificate("OLD-1").IssueAsync(new CertificateIssue(CertificateKind.Deposit, new Money(500_000, "RUB"), June, PaymentMethod.Cash));

        var used = await Certificate("FIX-1").RedeemAsync("visit-1", 300_000, June);
        var expired = await Assert.ThrowsAsync<CommandRejectedException>(() => Certificate("OLD-1").RedeemAsync("visit-2", 100, June.AddDays(1)));

        Assert.Equal((0L, 200_000L), (used.Balance, used.Redemptions[0].Burnt));
        Assert.Equal("certificate-expired", expired.Code);
    }

    [Fact]
    public async Task a_certificate_sold_elsewhere_is_imported_with_the_balance_it_has_left()
    {
        var imported = await Certificate("PAPER-77").IssueAsync(new CertificateIssue(CertificateKind.Deposit, new Money(123_400, "RUB"), June,
            PaymentMethod.Cash, Imported: true, Note: "paper certificate from the old system"));
        var again = await Certificate("PAPER-77").IssueAsync(imported.Issue!);
        var twin = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            Certificate("PAPER-77").IssueAsync(imported.Issue! with { Amount = new Money(999_900, "RUB") }));

        Assert.Equal((123_400L, true), (again.Balance, again.Issue!.Imported));
        Assert.Equal("certificate-exists", twin.Code);
    }
}
