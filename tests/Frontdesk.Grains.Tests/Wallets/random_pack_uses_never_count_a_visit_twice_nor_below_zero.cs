using FsCheck;
using FsCheck.Fluent;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.Tests.Wallets;

/// <summary>
/// Random uses and returns of a "5 for the price of 4" pack and of a day-time membership (10:00–16:00, until the
/// 30th), on the real grain, against a model: a visit uses a pack once however often it is sent, a pack never has
/// fewer than zero sessions left, and remaining is always sessions minus the visits that used it.
/// </summary>
public sealed class random_pack_uses_never_count_a_visit_twice_nor_below_zero : WalletTest
{
    private static readonly DateOnly Sold = new(2026, 11, 23);

    private sealed record Command(bool Return, int Pack, int Visit, int Hour, int Day);

    [Fact]
    public void pack_counters_match_the_model_after_every_use()
    {
        var commands = Gen.Choose(0, 4).SelectMany(kind => Gen.Choose(0, 1), (kind, pack) => (kind, pack))
            .SelectMany(kp => Gen.Choose(0, 8), (kp, visit) => (kp.kind, kp.pack, visit))
            .SelectMany(kpv => Gen.Choose(8, 19), (kpv, hour) => (kpv, hour))
            .SelectMany(x => Gen.Choose(0, 9), (x, day) => new Command(x.kpv.kind == 0, x.kpv.pack, x.kpv.visit, x.hour, day * 4));
        var sequences = Gen.ListOf(commands).Select(l => l.ToArray()).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithEndSize(30), Prop.ForAll(sequences, c => Run(c).GetAwaiter().GetResult()));
    }

    private async Task<bool> Run(Command[] commands)
    {
        var wallet = await NewWalletAsync("+7917");
        PackSale[] packs =
        [
            new("five-for-four", "5 massages for the price of 4", PackKind.Sessions, [SmallChain.Massage60], 5, new Money(1_200_000, "RUB"),
                PaymentMethod.Card, Sold),
            new("daytime", "Day-time membership", PackKind.Membership, [SmallChain.Massage60, SmallChain.Express15], null, new Money(900_000, "RUB"),
                PaymentMethod.Cash, Sold, Sold.AddDays(7 * 4 + 2), new TimeOnly(10, 0), new TimeOnly(16, 0)),
        ];
        foreach (var sale in packs) await wallet.SellPackAsync(sale);
        var used = new[] { new HashSet<int>(), new HashSet<int>() };
        foreach (var c in commands)
        {
            var sale = packs[c.Pack];
            var visit = $"visit-{c.Visit}";
            var date = Sold.AddDays(c.Day);
            var time = new TimeOnly(c.Hour, 30);
            bool expectRefusal;
            if (c.Return) expectRefusal = false;
            else if (used[c.Pack].Contains(c.Visit)) expectRefusal = false;
            else expectRefusal = (sale.Sessions is { } s && used[c.Pack].Count >= s) || (sale.ValidUntil is { } until && date > until)
                || (sale.DailyFrom is { } from && (time < from || time >= sale.DailyTo));
            string? refusal = null;
            try
            {
                if (c.Return) await wallet.ReturnPackSessionAsync(sale.PackId, visit);
                else await wallet.UsePackAsync(new PackUse(sale.PackId, visit, SmallChain.Massage60, date, time));
            }
            catch (CommandRejectedException ex)
            {
                refusal = ex.Code;
            }
            Assert.Equal(expectRefusal ? "pack-not-usable" : null, refusal);
            if (c.Return) used[c.Pack].Remove(c.Visit);
            else if (!expectRefusal) used[c.Pack].Add(c.Visit);
            var view = await wallet.GetAsync();
            for (var p = 0; p < packs.Length; p++)
            {
                var pack = view.Packs.Single(x => x.Sale.PackId == packs[p].PackId);
                Assert.Equal(used[p].Select(v => $"visit-{v}").Order(), pack.UsedByVisits.Order());
                Assert.Equal(packs[p].Sessions - used[p].Count, pack.Remaining);
                Assert.True(pack.Remaining is null or >= 0);
            }
            Assert.Empty(view.Entries);
        }
        return true;
    }
}
