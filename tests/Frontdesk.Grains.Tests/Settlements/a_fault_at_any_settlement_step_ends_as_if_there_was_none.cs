using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.CashDesk;
using Frontdesk.Grains.Certificates;
using Frontdesk.Grains.Sagas;
using Frontdesk.Grains.Settlements;
using Frontdesk.Grains.Stock;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Grains.Wallets;
using Frontdesk.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Grains.Tests.Settlements;

/// <summary>
/// The full settlement (wallet, pack, cash with an advance, a product, materials) is run once without faults, then with a
/// crash before and after each step: resumed by the reminder on a restarted node, or by the cashier pressing again. Every
/// run ends in the same state: ledger, pack, desk takings, materials, booking and the saga itself.
/// </summary>
public sealed class a_fault_at_any_settlement_step_ends_as_if_there_was_none
{
    public static TheoryData<string> FaultPoints()
    {
        var points = new TheoryData<string>();
        foreach (var step in SettlementSteps.Names)
        {
            points.Add(step);
            points.Add($"after-{step}");
        }
        return points;
    }

    private static async Task<string> EndStateAsync(TestChain chain, SettlementScene scene, CountingMaterials materials)
    {
        var wallet = await chain.Grains.GetGrain<IClientWalletGrain>(scene.Client.Id).GetAsync();
        var desk = await chain.Grains.GetGrain<ICashDeskDayGrain>(SettlementScene.DeskDayKey).GetAsync();
        var booking = await chain.Grains.GetGrain<ISpecialistDayGrain>(SettlementScene.DayKey).GetBookingAsync(scene.Booking.Id);
        var saga = await chain.Grains.GetGrain<IVisitSettlementSaga>(scene.Booking.Number).GetAsync();
        var gift = await chain.Grains.GetGrain<IGiftCertificateGrain>(SettlementScene.Gift).GetAsync();
        return string.Join("\n",
            $"balance {wallet.Balance}",
            string.Join(", ", wallet.Entries.Select(e => $"{e.Id} {e.Kind} {e.Amount.Minor} -> {e.BalanceAfter.Minor}")),
            string.Join(", ", wallet.Packs.Select(p => $"{p.Sale.PackId} {p.Remaining} [{string.Join(' ', p.UsedByVisits)}]")),
            string.Join(", ", desk.Totals.OrderBy(t => t.Key).Select(t => $"{t.Key} {t.Value}")) + $" in {desk.Takings.Count}",
            string.Join(", ", materials.Consumed.OrderBy(m => m.Key.Item).Select(m => $"{m.Key} {m.Value}")),
            $"certificate {gift.Balance} [{string.Join(' ', gift.Redemptions.Select(r => $"{r.VisitId} {r.Amount} {r.Reversed}"))}]",
            $"booking {booking.Status}",
            $"saga {saga.Status} {saga.Document?.Total} {saga.Document?.Advance} [{string.Join(' ', saga.Steps.Where(s => SettlementSteps.Names.Contains(s)).Order())}]");
    }

    private static async Task<string> WithoutFaultsAsync()
    {
        var materials = new CountingMaterials();
        await using var chain = await TestChain.StartAsync(services: s => s.AddSingleton<IVisitMaterials>(materials));
        var scene = await SettlementScene.SetUpAsync(chain);
        await scene.Saga.SettleAsync(scene.FullRequest());
        return await EndStateAsync(chain, scene, materials);
    }

    [Fact]
    public async Task without_faults_the_settlement_debits_uses_the_pack_keeps_the_advance_and_completes_the_visit()
    {
        var state = await WithoutFaultsAsync();

        Assert.Contains("balance 950000", state);
        Assert.Contains("VisitDebit -100000", state);
        Assert.Contains("certificate 200000", state);
        Assert.Contains("Advance 50000", state);
        Assert.Contains($"{SettlementScene.Pack} 4", state);
        Assert.Contains("Cash 250000, Wallet 100000, Certificate 100000, Pack 50000 in 1", state);
        Assert.Contains("booking Completed", state);
        Assert.Contains("saga Settled 450000 50000", state);
    }

    [Theory]
    [MemberData(nameof(FaultPoints))]
    public async Task a_crash_then_a_restart_is_finished_by_the_reminder(string point)
    {
        var expected = await WithoutFaultsAsync();
        using var folder = new TempFolder();
        var faults = new InjectedFaults(point);
        var materials = new CountingMaterials();
        SettlementScene scene;
        await using (var before = await TestChain.StartOnSqliteAsync(folder.File("journal.db"),
            services: s => s.AddSingleton<ISagaFaults>(faults).AddSingleton<IVisitMaterials>(materials)))
        {
            scene = await SettlementScene.SetUpAsync(before);
            await Assert.ThrowsAsync<InjectedCrashException>(() => scene.Saga.SettleAsync(scene.FullRequest()));
        }

        await using var after = await TestChain.StartOnSqliteAsync(folder.File("journal.db"), TestChain.DefaultNow.AddMinutes(1),
            services: s => s.AddSingleton<IVisitMaterials>(materials));
        Assert.Equal(1, await after.Host.DeliverDueRemindersAsync());

        Assert.True(faults.Fired);
        Assert.Equal(expected, await EndStateAsync(after, scene, materials));
        Assert.Equal(0, await after.Host.DeliverDueRemindersAsync());
    }

    [Theory]
    [MemberData(nameof(FaultPoints))]
    public async Task a_crash_then_the_cashier_pressing_again_ends_the_same(string point)
    {
        var expected = await WithoutFaultsAsync();
        var faults = new InjectedFaults(point);
        var materials = new CountingMaterials();
        await using var chain = await TestChain.StartAsync(services: s => s.AddSingleton<ISagaFaults>(faults).AddSingleton<IVisitMaterials>(materials));
        var scene = await SettlementScene.SetUpAsync(chain);

        await Assert.ThrowsAsync<InjectedCrashException>(() => scene.Saga.SettleAsync(scene.FullRequest()));
        var document = await scene.Saga.SettleAsync(scene.FullRequest());

        Assert.Equal(450_000, document.Total);
        Assert.Equal(expected, await EndStateAsync(chain, scene, materials));
    }
}
