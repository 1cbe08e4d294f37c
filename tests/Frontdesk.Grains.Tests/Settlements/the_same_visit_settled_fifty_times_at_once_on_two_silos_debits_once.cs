using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.CashDesk;
using Frontdesk.Grains.Sagas;
using Frontdesk.Grains.Settlements;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Grains.Wallets;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Grains.Tests.Settlements;

[Collection(PostgresCollection.Name)]
public sealed class the_same_visit_settled_fifty_times_at_once_on_two_silos_debits_once(PostgresServer server)
{
    [Fact]
    public async Task fifty_concurrent_settlements_some_cut_off_by_faults_and_retried_leave_one_debit_one_takings_one_completed_visit()
    {
        var database = await server.CreateDatabaseAsync("settle");
        // Each node crashes once part-way, at a different place: after the debit is made but before it is recorded, and before the desk step.
        var eastFaults = new InjectedFaults("after-wallet-debit");
        var westFaults = new InjectedFaults("cash-desk");
        await using var east = await TestChain.StartOnPostgresAsync(database, services: s => s.AddSingleton<ISagaFaults>(eastFaults));
        await using var west = await TestChain.StartOnPostgresAsync(database, services: s => s.AddSingleton<ISagaFaults>(westFaults));
        var scene = await SettlementScene.SetUpAsync(east);
        var request = scene.WalletOnly();
        // Both nodes hold the visit's saga before the race, so both try to start it.
        foreach (var node in new[] { east, west }) await node.Grains.GetGrain<IVisitSettlementSaga>(scene.Booking.Number).GetAsync();

        var documents = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            var node = i % 2 == 0 ? east : west;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await node.Grains.GetGrain<IVisitSettlementSaga>(scene.Booking.Number).SettleAsync(request);
                }
                catch (Exception ex) when (ex is not CommandRejectedException && attempt < 20)
                {
                    // No answer (an injected crash, a lost append race): the cashier presses "settle" again.
                }
            }
        })));

        Assert.True(eastFaults.Fired || westFaults.Fired, "no fault was injected");
        Assert.Single(documents.Select(d => (d.SettledAt, d.Total)).Distinct());
        await using var auditor = await TestChain.StartOnPostgresAsync(database);
        var wallet = await auditor.Grains.GetGrain<IClientWalletGrain>(scene.Client.Id).GetAsync();
        var debit = Assert.Single(wallet.Entries, e => e.Kind == WalletEntryKind.VisitDebit);
        Assert.Equal(-350_000, debit.Amount.Minor);
        Assert.Equal(1_000_000 - 350_000, wallet.Balance);
        var desk = await auditor.Grains.GetGrain<ICashDeskDayGrain>(SettlementScene.DeskDayKey).GetAsync();
        Assert.Single(desk.Takings);
        Assert.Equal(350_000, desk.Totals[PaymentMethod.Wallet]);
        var booking = await auditor.Grains.GetGrain<ISpecialistDayGrain>(SettlementScene.DayKey).GetBookingAsync(scene.Booking.Id);
        Assert.Equal(BookingStatus.Completed, booking.Status);
        Assert.Equal(SettlementStatus.Settled, (await auditor.Grains.GetGrain<IVisitSettlementSaga>(scene.Booking.Number).GetAsync()).Status);
    }
}
