using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Settlements;
using Frontdesk.Grains.Stock;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Grains.Wallets;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Grains.Tests.Settlements;

public sealed class voiding_a_settled_visit_reverses_everything_it_did
{
    [Fact]
    public async Task the_wallet_pack_desk_and_booking_are_as_before_and_the_visit_can_be_settled_again()
    {
        await using var chain = await TestChain.StartAsync(services: s => s.AddSingleton<IVisitMaterials>(new CountingMaterials()));
        var scene = await SettlementScene.SetUpAsync(chain);
        await scene.Saga.SettleAsync(scene.FullRequest());

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => scene.Saga.VoidAsync(new VoidApproval(" ", "typo")));
        var voided = await scene.Saga.VoidAsync(new VoidApproval("supervisor-olga", "wrong services entered"));
        var again = await scene.Saga.VoidAsync(new VoidApproval("supervisor-olga", "wrong services entered"));

        Assert.Equal("invalid-void", refused.Code);
        Assert.Equal((SettlementStatus.Voided, "supervisor-olga"), (voided.Status, voided.VoidedBy));
        Assert.Equal(voided.Steps, again.Steps);
        var wallet = await scene.Wallet.GetAsync();
        Assert.Equal(1_000_000, wallet.Balance);
        Assert.Equal(2, wallet.Entries.Count(e => e.Kind == WalletEntryKind.Reversal));
        Assert.Equal(5, Assert.Single(wallet.Packs).Remaining);
        Assert.Equal(300_000, (await chain.Grains.GetGrain<Certificates.IGiftCertificateGrain>(SettlementScene.Gift).GetAsync()).Balance);
        var desk = await scene.DeskDay.GetAsync();
        Assert.All(desk.Totals.Values, total => Assert.Equal(0, total));
        Assert.Equal(BookingStatus.Arrived, (await scene.DayGrain.GetBookingAsync(scene.Booking.Id)).Status);

        var resettled = await scene.Saga.SettleAsync(scene.WalletOnly());
        Assert.Equal(350_000, resettled.Total);
        Assert.Equal(1_000_000 - 350_000, (await scene.Wallet.GetAsync()).Balance);
        Assert.Equal(BookingStatus.Completed, (await scene.DayGrain.GetBookingAsync(scene.Booking.Id)).Status);
    }

    [Fact]
    public async Task after_the_daily_close_the_day_refuses_voids_and_settlements_and_keeps_its_totals()
    {
        await using var chain = await TestChain.StartAsync();
        var scene = await SettlementScene.SetUpAsync(chain);
        await scene.DeskDay.OpenShiftAsync("cashier-ivan", 500_000);
        await scene.Saga.SettleAsync(scene.WalletOnly());
        await Assert.ThrowsAsync<CommandRejectedException>(() => scene.DeskDay.CloseDayAsync("manager"));
        await scene.DeskDay.CloseShiftAsync(500_000);
        var closed = await scene.DeskDay.CloseDayAsync("manager");

        var voidRefused = await Assert.ThrowsAsync<CommandRejectedException>(() => scene.Saga.VoidAsync(new VoidApproval("supervisor-olga", "late")));
        var shiftRefused = await Assert.ThrowsAsync<CommandRejectedException>(() => scene.DeskDay.OpenShiftAsync("cashier-ivan", 0));

        Assert.Equal(("day-closed", "day-closed"), (voidRefused.Code, shiftRefused.Code));
        Assert.Equal(350_000, closed.Totals[PaymentMethod.Wallet]);
        Assert.Equal(closed.Totals, (await scene.DeskDay.GetAsync()).Totals);
        Assert.Equal(SettlementStatus.Settled, (await scene.Saga.GetAsync()).Status);
        Assert.Equal(1, await scene.Saga.LogReprintAsync("cashier-ivan"));
        Assert.Equal(2, await scene.Saga.LogReprintAsync("cashier-ivan"));
        Assert.Equal(2, (await scene.Saga.GetAsync()).Reprints);
    }
}
