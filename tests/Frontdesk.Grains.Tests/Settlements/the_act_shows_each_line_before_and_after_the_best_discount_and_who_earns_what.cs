using Frontdesk.Grains.Settlements;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Grains.Wallets;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests.Settlements;

public sealed class the_act_shows_each_line_before_and_after_the_best_discount_and_who_earns_what
{
    private static readonly DateOnly Tuesday = SettlementScene.Tuesday;

    private static SalesRules Rules(TimeOnly promotionFrom, TimeOnly promotionTo) => new(
        [new Promotion("morning-massage", "Morning massage", 20, Tuesday, Tuesday, [Massage60], [DayOfWeek.Tuesday], promotionFrom, promotionTo),
         new Promotion("november", "November", 5, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), [], [])],
        [new MembershipLevel("gold", "Gold", 10)],
        [new CommissionRule(CommissionRole.Specialist, 40, LineKind.Service), new CommissionRule(CommissionRole.Specialist, 50, LineKind.Service, "spa"),
         new CommissionRule(CommissionRole.Seller, 10, LineKind.Product)]);

    [Fact]
    public async Task a_promotion_running_at_the_visits_local_time_beats_the_level_and_the_level_beats_a_smaller_promotion()
    {
        await using var chain = await TestChain.StartAsync();
        var scene = await SettlementScene.SetUpAsync(chain);
        await chain.Grains.GetGrain<ISalesRulesGrain>(Grains.Chain.Key).SetAsync(Rules(new TimeOnly(9, 0), new TimeOnly(12, 0)));
        await scene.Wallet.SetLevelAsync("gold");
        var request = scene.WalletOnly(0) with
        {
            Products = [new SoldProduct("cream-1", "Hand cream", 2, 50_000, SellerId: "consultant-kate")],
            Payments = [new PaymentPart(PaymentMethod.Card, 1_000_000)],
        };

        var act = await scene.Saga.SettleAsync(request);

        var massage = act.Lines.Single(l => l.ItemId == Massage60);
        Assert.Equal((300_000L, 20, "promotion Morning massage", 240_000L), (massage.PriceBefore, massage.DiscountPercent, massage.DiscountReason, massage.PriceAfter));
        var express = act.Lines.Single(l => l.ItemId == Express15);
        Assert.Equal((50_000L, 10, "level Gold", 45_000L), (express.PriceBefore, express.DiscountPercent, express.DiscountReason, express.PriceAfter));
        var cream = act.Lines.Single(l => l.ItemId == "cream-1");
        Assert.Equal((100_000L, 90_000L), (cream.PriceBefore, cream.PriceAfter));
        Assert.Equal((450_000L, 75_000L, 375_000L, 625_000L), (act.Subtotal, act.Discount, act.Total, act.Advance));
        Assert.Contains(new Commission(Anna, CommissionRole.Specialist, Massage60, 240_000, 50, 120_000), act.Commissions);
        Assert.Contains(new Commission(Anna, CommissionRole.Specialist, Express15, 45_000, 50, 22_500), act.Commissions);
        Assert.Contains(new Commission("consultant-kate", CommissionRole.Seller, "cream-1", 90_000, 10, 9_000), act.Commissions);
        Assert.Equal(1_000_000 + 625_000, (await scene.Wallet.GetAsync()).Balance);
    }

    [Fact]
    public async Task a_promotion_whose_hours_do_not_hold_the_visit_start_is_not_applied()
    {
        await using var chain = await TestChain.StartAsync();
        var scene = await SettlementScene.SetUpAsync(chain);
        // The visit starts at 10:00 Moscow time (07:00 UTC): a 07:00–09:00 window would catch it only if read in UTC.
        await chain.Grains.GetGrain<ISalesRulesGrain>(Grains.Chain.Key).SetAsync(Rules(new TimeOnly(7, 0), new TimeOnly(9, 0)));

        var act = await scene.Saga.SettleAsync(scene.WalletOnly(332_500));

        var massage = act.Lines.Single(l => l.ItemId == Massage60);
        Assert.Equal((5, "promotion November", 285_000L), (massage.DiscountPercent, massage.DiscountReason, massage.PriceAfter));
    }
}
