using System.Collections.Concurrent;
using Frontdesk.Grains.Stock;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Silo.Journal;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Frontdesk.Grains.Tests.Infrastructure.SmallStock;

namespace Frontdesk.Grains.Tests.Stock;

[Collection(PostgresCollection.Name)]
public sealed class consumptions_from_one_bin_on_two_nodes_never_take_it_below_zero(PostgresServer postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task sixty_four_consumers_on_two_nodes_asking_for_more_than_there_is_leave_received_minus_consumed_and_never_less_than_zero()
    {
        var database = await postgres.CreateDatabaseAsync("stock_two_nodes");
        await using var first = await TestChain.StartOnPostgresAsync(database);
        await using var second = await TestChain.StartOnPostgresAsync(database);
        await SmallChain.SeedAsync(first);
        await SeedAsync(first);
        await Bin(first, Spa, Oil).ReceiveAsync(Delivery(600, 108_000));
        await Bin(second, Spa, Oil).ReceiveAsync(Delivery(400, 80_000));

        // 64 callers, 10 visits each, 7 ml a visit: 4,480 ml asked of 1,000. Every visit is also asked twice, once on
        // each node, as a settlement retried elsewhere would be.
        var consumed = new ConcurrentDictionary<string, decimal>();
        var refusals = new ConcurrentBag<CommandRejectedException>();
        await Task.WhenAll(Enumerable.Range(0, 64).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                var visit = $"visit-{caller}-{i}";
                foreach (var node in caller % 2 == 0 ? new[] { first, second } : [second, first])
                {
                    try
                    {
                        var movement = await Bin(node, Spa, Oil).ConsumeForVisitAsync(visit, 7);
                        consumed[visit] = -movement.Quantity;
                    }
                    catch (CommandRejectedException refused)
                    {
                        refusals.Add(refused);
                    }
                }
            }
        })));

        var bin = await Bin(first, Spa, Oil).GetAsync();
        var stored = await StoredMovementsAsync(first.Services.GetRequiredService<IJournalStorage>(), BinKey(Spa, Oil));
        output.WriteLine($"{consumed.Count} visits consumed, {refusals.Count} refusals, " +
                         $"{first.Statistics.AppendConflicts + second.Statistics.AppendConflicts} append conflicts, {stored.Count} movements stored");

        Assert.Equal(1000 - 7 * consumed.Count, bin.Quantity);
        Assert.Equal(bin.Quantity, (await Bin(second, Spa, Oil).GetAsync()).Quantity);
        Assert.InRange(bin.Quantity, 0, 6);
        Assert.InRange(bin.Value.Minor, 0, 188_000);
        Assert.Equal(1000 / 7, consumed.Count);
        Assert.All(stored, m => Assert.True(m.QuantityAfter >= 0, $"{m.OperationId} left {m.QuantityAfter}"));
        var consumptions = stored.Where(m => m.Kind == nameof(MovementKind.ConsumedForVisit)).ToList();
        Assert.Equal(consumed.Count, consumptions.Count);
        Assert.Equal(consumptions.Count, consumptions.Select(c => c.Reference).Distinct().Count());
        Assert.Equal(1000 + stored.Where(m => m.Kind == nameof(MovementKind.ConsumedForVisit)).Sum(m => m.Quantity), stored[^1].QuantityAfter);
        Assert.NotEmpty(refusals);
        Assert.All(refusals, r =>
        {
            Assert.Equal("insufficient-stock", r.Code);
            Assert.Equal(BinKey(Spa, Oil), r.Details["bin"]);
            Assert.Contains($"bin {BinKey(Spa, Oil)}", r.Message);
            Assert.Contains("left", r.Message);
        });
        Assert.True(first.Statistics.AppendConflicts + second.Statistics.AppendConflicts > 0, "the two nodes should have raced on the bin");
    }
}
