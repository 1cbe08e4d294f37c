using System.Collections.Concurrent;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.Tests.Wallets;

/// <summary>
/// Jepsen's bank, on wallets: 20 workers split over two silos sharing one PostgreSQL run thousands of deposits, visit
/// debits and refunds on three wallets. A call that fails without an answer (a lost append race, a timeout) is sent again
/// with the same operation id until it is answered, and one operation in ten is sent twice at once from both nodes.
/// Then, read by a third node from the journal alone: no balance ever went below zero, every balance is its entries' sum,
/// the entries are exactly the operations answered as done, and the grand total is money in minus money out.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class twenty_workers_on_two_silos_keep_every_wallet_equal_to_its_ledger(PostgresServer server)
{
    private const int Workers = 20;
    private const int OperationsPerWorker = 150;
    private const string Rub = "RUB";

    private sealed record Outcome(string WalletId, string EntryId, long Amount);

    [Fact]
    public async Task no_balance_goes_negative_and_the_books_balance()
    {
        var database = await server.CreateDatabaseAsync("wallets");
        await using var east = await TestChain.StartOnPostgresAsync(database);
        await using var west = await TestChain.StartOnPostgresAsync(database);
        await east.Catalog.SetProfileAsync(SampleCatalog.Profile);
        var directory = east.Service<ClientDirectory>();
        string[] wallets =
        [
            (await directory.FindOrRegisterAsync(new NewClient("Olga Bankova", "+79160000001"))).Id,
            (await directory.FindOrRegisterAsync(new NewClient("Petr Bankov", "+79160000002"))).Id,
            (await directory.FindOrRegisterAsync(new NewClient("Irina Bankova", "+79160000003"))).Id,
        ];
        var done = new ConcurrentDictionary<string, Outcome>();
        var refused = 0;
        var negativeSeen = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();

        // Watches balances on both nodes while the workers run: none may ever be seen below zero.
        var watcher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
                foreach (var node in new[] { east, west })
                foreach (var id in wallets)
                {
                    try
                    {
                        var view = await node.Grains.GetGrain<IClientWalletGrain>(id).GetAsync();
                        if (view.Balance < 0) negativeSeen.Add($"{id} {view.Balance} at v{view.Version}");
                    }
                    catch (GrainConcurrencyException)
                    {
                        // The other node kept this wallet busy past the retries: the watcher reads again next round.
                    }
                }
        });

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            var home = worker % 2 == 0 ? east : west;
            var away = worker % 2 == 0 ? west : east;
            for (var i = 0; i < OperationsPerWorker; i++)
            {
                var walletId = wallets[random.Next(wallets.Length)];
                var op = $"w{worker}-{i}";
                var roll = random.Next(100);
                var amount = new Money(random.Next(1, 2000) * 100L, Rub);
                Func<IClientWalletGrain, Task<WalletEntry>> command = roll switch
                {
                    < 45 => w => w.DepositAsync(new WalletDeposit(op, amount, (PaymentMethod)(roll % 3))),
                    < 85 => w => w.DebitVisitAsync(new VisitDebit(op, amount)),
                    _ => w => w.RefundAsync(new WalletRefund(op, amount, PaymentMethod.Cash, "client asked")),
                };
                var twice = random.Next(10) == 0;
                var answers = await Task.WhenAll(new[] { home, away }.Take(twice ? 2 : 1)
                    .Select(node => UntilAnsweredAsync(() => command(node.Grains.GetGrain<IClientWalletGrain>(walletId)))));
                // A refusal changes nothing, so the twin sent a moment later may still be done (after a deposit between).
                var entries = answers.OfType<WalletEntry>().Distinct().ToList();
                if (entries.Count == 0) { Interlocked.Increment(ref refused); continue; }
                var entry = Assert.Single(entries);
                Assert.True(done.TryAdd(entry.Id, new Outcome(walletId, entry.Id, entry.Amount.Minor)), $"{entry.Id} answered twice");
            }
        })));
        await stop.CancelAsync();
        await watcher;

        await using var auditor = await TestChain.StartOnPostgresAsync(database);
        long grandTotal = 0;
        foreach (var id in wallets)
        {
            var wallet = await auditor.Grains.GetGrain<IClientWalletGrain>(id).GetAsync();
            long running = 0;
            foreach (var entry in wallet.Entries)
            {
                running += entry.Amount.Minor;
                Assert.Equal(running, entry.BalanceAfter.Minor);
                Assert.True(running >= 0, $"{id} went to {running} at entry {entry.Sequence}");
            }
            Assert.Equal(running, wallet.Balance);
            Assert.Equal(done.Values.Where(o => o.WalletId == id).Select(o => o.EntryId).Order(), wallet.Entries.Select(e => e.Id).Order());
            grandTotal += wallet.Balance;
        }
        var moneyIn = done.Values.Where(o => o.Amount > 0).Sum(o => o.Amount);
        var moneyOut = -done.Values.Where(o => o.Amount < 0).Sum(o => o.Amount);
        Assert.Equal(moneyIn - moneyOut, grandTotal);
        Assert.Empty(negativeSeen);
        Assert.True(done.Count > Workers * OperationsPerWorker / 2, $"only {done.Count} operations were done, {refused} refused");
        Assert.True(refused > 0, "no debit or refund was ever refused for lack of funds: the floor was never tested");
        Assert.True(east.Statistics.AppendConflicts + west.Statistics.AppendConflicts > 0, "the two nodes never raced for a wallet");
    }

    /// <summary>The entry, or null for a refusal; anything else (no answer) is sent again with the same operation id.</summary>
    private static async Task<WalletEntry?> UntilAnsweredAsync(Func<Task<WalletEntry>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (CommandRejectedException ex) when (ex.Code == "insufficient-funds")
            {
                return null;
            }
            catch (Exception ex) when (ex is not CommandRejectedException && attempt < 50)
            {
                // Unanswered: the same operation again, as a client whose request timed out would.
            }
        }
    }
}
