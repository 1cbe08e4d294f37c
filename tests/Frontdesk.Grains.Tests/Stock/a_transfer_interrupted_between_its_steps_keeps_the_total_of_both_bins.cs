using Frontdesk.Grains.Sagas;
using Frontdesk.Grains.Stock;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Frontdesk.Grains.Tests.Infrastructure.SmallStock;

namespace Frontdesk.Grains.Tests.Stock;

public sealed class a_transfer_interrupted_between_its_steps_keeps_the_total_of_both_bins
{
    private static readonly StockBinKey From = StockBinKey.Parse(BinKey(Main, Oil));
    private static readonly StockBinKey To = StockBinKey.Parse(BinKey(Spa, Oil));

    private static async Task<(decimal Quantity, long Value)> TotalAsync(TestChain chain)
    {
        var bins = await Task.WhenAll(Bin(chain, Main, Oil).GetAsync(), Bin(chain, Spa, Oil).GetAsync());
        return (bins.Sum(b => b.Quantity), bins.Sum(b => b.Value.Minor));
    }

    private static async Task GivenAsync(TestChain chain)
    {
        await SmallChain.SeedAsync(chain);
        await SeedAsync(chain);
        await Bin(chain, Main, Oil).ReceiveAsync(Delivery(1000, 180_000));
        await Bin(chain, Spa, Oil).ReceiveAsync(Delivery(100, 20_000));
    }

    [Fact]
    public async Task a_transfer_without_faults_moves_the_quantity_and_its_value_once()
    {
        await using var chain = await TestChain.StartAsync();
        await GivenAsync(chain);

        var done = await chain.Service<StockDesk>().TransferAsync("tr-1", From, To, 250);
        var again = await chain.Service<StockDesk>().TransferAsync("tr-1", From, To, 250);

        Assert.Equal(SagaStatus.Completed, done.Status);
        Assert.Equal(SagaStatus.Completed, again.Status);
        Assert.Equal(done.Steps, again.Steps);
        Assert.Equal(["TransferStarted", "TransferTakenOut", "TransferCompleted"], done.Steps);
        Assert.Equal((750m, 135_000L), ((await Bin(chain, Main, Oil).GetAsync()).Quantity, (await Bin(chain, Main, Oil).GetAsync()).Value.Minor));
        Assert.Equal((350m, 65_000L), ((await Bin(chain, Spa, Oil).GetAsync()).Quantity, (await Bin(chain, Spa, Oil).GetAsync()).Value.Minor));
        Assert.Equal((1100m, 200_000L), await TotalAsync(chain));
    }

    [Theory]
    [InlineData("take-out")]
    [InlineData("put-in")]
    public async Task a_crash_before_a_step_is_finished_by_the_reminder_after_a_restart_and_the_total_is_unchanged(string step)
    {
        using var folder = new TempFolder();
        var faults = new InjectedFaults(step);
        await using (var before = await TestChain.StartOnSqliteAsync(folder.File("journal.db"), services: s => s.AddSingleton<ISagaFaults>(faults)))
        {
            await GivenAsync(before);
            await Assert.ThrowsAsync<InjectedCrashException>(() => before.Service<StockDesk>().TransferAsync("tr-crash", From, To, 250));
            if (step == "put-in")
            {
                // Between the steps the quantity is in transit: out of the source, owed by the saga to the target.
                Assert.Equal(1100m - 250m, (await TotalAsync(before)).Quantity);
                Assert.Equal(SagaStatus.Running, (await before.Service<StockDesk>().GetTransferAsync("tr-crash")).Status);
            }
        }

        await using var after = await TestChain.StartOnSqliteAsync(folder.File("journal.db"), now: TestChain.DefaultNow.AddMinutes(1));
        Assert.Equal(1, await after.Host.DeliverDueRemindersAsync());

        Assert.True(faults.Fired);
        Assert.Equal(SagaStatus.Completed, (await after.Service<StockDesk>().GetTransferAsync("tr-crash")).Status);
        Assert.Equal((1100m, 200_000L), await TotalAsync(after));
        Assert.Equal(750m, (await Bin(after, Main, Oil).GetAsync()).Quantity);
        Assert.Equal(0, await after.Host.DeliverDueRemindersAsync());
    }

    [Theory]
    [InlineData("take-out")]
    [InlineData("put-in")]
    public async Task a_failed_step_retried_by_the_caller_moves_the_quantity_exactly_once(string step)
    {
        var faults = new InjectedFaults(step);
        await using var chain = await TestChain.StartAsync(services: s => s.AddSingleton<ISagaFaults>(faults));
        await GivenAsync(chain);

        await Assert.ThrowsAsync<InjectedCrashException>(() => chain.Service<StockDesk>().TransferAsync("tr-retry", From, To, 250));
        var retries = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => chain.Service<StockDesk>().TransferAsync("tr-retry", From, To, 250)));

        Assert.All(retries, r => Assert.Equal(SagaStatus.Completed, r.Status));
        Assert.Equal((1100m, 200_000L), await TotalAsync(chain));
        Assert.Equal(350m, (await Bin(chain, Spa, Oil).GetAsync()).Quantity);
    }

    [Fact]
    public async Task a_transfer_of_more_than_the_source_holds_is_refused_naming_it_and_nothing_moves()
    {
        await using var chain = await TestChain.StartAsync();
        await GivenAsync(chain);

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => chain.Service<StockDesk>().TransferAsync("tr-big", From, To, 1001));
        var repeat = await Assert.ThrowsAsync<CommandRejectedException>(() => chain.Service<StockDesk>().TransferAsync("tr-big", From, To, 1001));

        Assert.Equal(("insufficient-stock", "insufficient-stock"), (refused.Code, repeat.Code));
        Assert.Contains("Main store", refused.Message);
        Assert.Contains("1000 ml left", refused.Message);
        Assert.Equal(SagaStatus.Failed, (await chain.Service<StockDesk>().GetTransferAsync("tr-big")).Status);
        Assert.Equal((1100m, 200_000L), await TotalAsync(chain));
    }

    [Fact]
    public async Task a_put_in_the_target_refuses_gives_the_quantity_back_to_the_source()
    {
        await using var chain = await TestChain.StartAsync();
        await GivenAsync(chain);
        var euros = StockBinKey.Parse(BinKey(Shelf, Oil));
        await Bin(chain, Shelf, Oil).ReceiveAsync(new StockReceipt("eur", 10, new Money(1_000, "EUR"), "Import GmbH"));

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => chain.Service<StockDesk>().TransferAsync("tr-eur", From, euros, 100));

        Assert.Equal("wrong-currency", refused.Code);
        var source = await Bin(chain, Main, Oil).GetAsync();
        Assert.Equal((1000m, 180_000L), (source.Quantity, source.Value.Minor));
        Assert.Equal(10m, (await Bin(chain, Shelf, Oil).GetAsync()).Quantity);
    }
}
