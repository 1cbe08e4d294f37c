using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Settlements;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Grains.Wallets;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests.Settlements;

public sealed class a_refused_settlement_step_undoes_the_steps_before_it
{
    [Fact]
    public async Task a_pack_with_no_sessions_left_gives_the_wallet_debit_back_and_the_corrected_settlement_debits_anew()
    {
        await using var chain = await TestChain.StartAsync();
        var scene = await SettlementScene.SetUpAsync(chain);
        await scene.Wallet.SellPackAsync(new PackSale("used-up", "One express", PackKind.Sessions, [Express15], 1, new Money(0, "RUB"),
            PaymentMethod.Cash, new DateOnly(2026, 11, 1)));
        await scene.Wallet.UsePackAsync(new PackUse("used-up", "an-earlier-visit", Express15, new DateOnly(2026, 11, 20), new TimeOnly(12, 0)));
        var request = scene.WalletOnly(300_000) with
        {
            Payments = [new PaymentPart(PaymentMethod.Wallet, 300_000), new PaymentPart(PaymentMethod.Pack, 0, "used-up", Express15)],
        };

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => scene.Saga.SettleAsync(request));

        Assert.Equal("pack-not-usable", refused.Code);
        var saga = await scene.Saga.GetAsync();
        Assert.Equal((SettlementStatus.Failed, "pack-not-usable"), (saga.Status, saga.FailureCode));
        var wallet = await scene.Wallet.GetAsync();
        Assert.Equal(1_000_000, wallet.Balance);
        Assert.Equal(WalletEntryKind.Reversal, wallet.Entries[^1].Kind);
        Assert.Empty((await scene.DeskDay.GetAsync()).Takings);
        Assert.Equal(BookingStatus.Unconfirmed, (await scene.DayGrain.GetBookingAsync(scene.Booking.Id)).Status);

        var settled = await scene.Saga.SettleAsync(scene.WalletOnly());
        Assert.Equal(SettlementStatus.Settled, (await scene.Saga.GetAsync()).Status);
        Assert.Equal(1_000_000 - settled.Total, (await scene.Wallet.GetAsync()).Balance);
    }

    [Fact]
    public async Task a_second_pack_with_no_sessions_left_gives_back_the_session_the_first_pack_gave()
    {
        await using var chain = await TestChain.StartAsync();
        var scene = await SettlementScene.SetUpAsync(chain);
        await scene.Wallet.SellPackAsync(new PackSale("massage-once", "One massage", PackKind.Sessions, [Massage60], 1, new Money(0, "RUB"),
            PaymentMethod.Cash, new DateOnly(2026, 11, 1)));
        await scene.Wallet.UsePackAsync(new PackUse("massage-once", "an-earlier-visit", Massage60, new DateOnly(2026, 11, 20), new TimeOnly(12, 0)));
        var request = scene.WalletOnly(0) with
        {
            Payments = [new PaymentPart(PaymentMethod.Pack, 0, SettlementScene.Pack, Express15), new PaymentPart(PaymentMethod.Pack, 0, "massage-once", Massage60)],
        };

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => scene.Saga.SettleAsync(request));

        Assert.Equal("pack-not-usable", refused.Code);
        var packs = (await scene.Wallet.GetAsync()).Packs;
        Assert.Equal(5, packs.Single(p => p.Sale.PackId == SettlementScene.Pack).Remaining);
        Assert.Equal(0, packs.Single(p => p.Sale.PackId == "massage-once").Remaining);
    }

    [Fact]
    public async Task a_wallet_without_enough_money_refuses_the_settlement_and_changes_nothing()
    {
        await using var chain = await TestChain.StartAsync();
        var scene = await SettlementScene.SetUpAsync(chain);
        await scene.Wallet.RefundAsync(new WalletRefund("cash-out", new Money(900_000, "RUB"), PaymentMethod.Cash, "moving away"));

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => scene.Saga.SettleAsync(scene.WalletOnly()));

        Assert.Equal("insufficient-funds", refused.Code);
        Assert.Equal(100_000, (await scene.Wallet.GetAsync()).Balance);
        Assert.Equal(BookingStatus.Unconfirmed, (await scene.DayGrain.GetBookingAsync(scene.Booking.Id)).Status);
    }

    [Theory]
    [InlineData(200_000, "underpaid")]
    [InlineData(500_000, "overpaid")]
    public async Task a_split_that_does_not_cover_the_visit_or_overpays_from_the_wallet_is_refused_before_anything_happens(long fromWallet, string code)
    {
        await using var chain = await TestChain.StartAsync();
        var scene = await SettlementScene.SetUpAsync(chain);

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => scene.Saga.SettleAsync(scene.WalletOnly(fromWallet)));

        Assert.Equal(code, refused.Code);
        Assert.Equal(SettlementStatus.NotStarted, (await scene.Saga.GetAsync()).Status);
    }
}
