using FsCheck;
using FsCheck.Fluent;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.Tests.Wallets;

/// <summary>
/// Random sequences of deposits, visit debits (visits repeat, sometimes with another amount), refunds, reversals and
/// credit limits, each on a fresh wallet of the real grain, checked after every command against a model a few lines
/// long: the same commands done and refused, the same entries, and a balance that is their sum and within the limit.
/// </summary>
public sealed class random_wallet_commands_keep_the_balance_the_sum_of_the_ledger : WalletTest
{
    private abstract record Command;
    private sealed record Deposit(long Amount) : Command;
    private sealed record Debit(int Visit, long Amount) : Command;
    private sealed record Refund(long Amount) : Command;
    private sealed record Reverse(int Pick) : Command;
    private sealed record Limit(long Amount) : Command;
    private sealed record RepeatDeposit(int Pick) : Command;

    private sealed class Model
    {
        public List<(string Id, WalletEntryKind Kind, long Amount)> Entries { get; } = [];
        public long Balance => Entries.Sum(e => e.Amount);
        public long Limit { get; set; }
        public (string Id, WalletEntryKind Kind, long Amount)? Find(string id) => Entries.Cast<(string, WalletEntryKind, long)?>().FirstOrDefault(e => e!.Value.Item1 == id);
    }

    private static Gen<Command> Commands()
    {
        var amount = Gen.Choose(1, 60).Select(a => a * 100L);
        return Gen.Frequency(
            (4, amount.Select(a => (Command)new Deposit(a))),
            (4, Gen.Choose(0, 5).SelectMany(_ => amount, (v, a) => (Command)new Debit(v, a))),
            (2, amount.Select(a => (Command)new Refund(a))),
            (2, Gen.Choose(0, 30).Select(p => (Command)new Reverse(p))),
            (1, Gen.Choose(0, 40).Select(a => (Command)new Limit(a * 100L))),
            (1, Gen.Choose(0, 30).Select(p => (Command)new RepeatDeposit(p))));
    }

    [Fact]
    public void the_ledger_matches_the_model_after_every_command()
    {
        var sequences = Gen.ListOf(Commands()).Select(l => l.ToArray()).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithEndSize(30), Prop.ForAll(sequences, commands => Run(commands).GetAwaiter().GetResult()));
    }

    private async Task<bool> Run(Command[] commands)
    {
        var wallet = await NewWalletAsync("+7916");
        var model = new Model();
        var deposits = new List<WalletDeposit>();
        var step = 0;
        foreach (var command in commands)
        {
            step++;
            var expected = Expect(model, command, deposits, $"op-{step}", out var apply);
            string? refusal = null;
            try
            {
                await Send(wallet, command, deposits, $"op-{step}");
            }
            catch (CommandRejectedException ex)
            {
                refusal = ex.Code;
            }
            Assert.Equal(expected, refusal);
            apply?.Invoke();
            var view = await wallet.GetAsync();
            Assert.Equal(model.Entries.Select(e => (e.Id, e.Kind, e.Amount)), view.Entries.Select(e => (e.Id, e.Kind, e.Amount.Minor)));
            Assert.Equal(model.Balance, view.Balance);
            Assert.Equal(view.Entries.Sum(e => e.Amount.Minor), view.Balance);
            Assert.True(view.Balance >= -view.CreditLimit, $"balance {view.Balance} beyond the limit {view.CreditLimit}");
            Assert.Equal(model.Limit, view.CreditLimit);
        }
        return true;
    }

    /// <summary>The refusal code the model expects (null: done), and how the model changes when it is done.</summary>
    private static string? Expect(Model model, Command command, List<WalletDeposit> deposits, string op, out Action? apply)
    {
        apply = null;
        switch (command)
        {
            case Deposit d:
                apply = () => model.Entries.Add((op, WalletEntryKind.Deposit, d.Amount));
                return null;
            case RepeatDeposit:
                // A repeat answers the entry it made and adds nothing.
                return null;
            case Debit d:
            {
                var id = $"visit:v{d.Visit}";
                if (model.Find(id) is { } done) return done.Amount == -d.Amount ? null : "operation-reused";
                if (model.Balance - d.Amount < -model.Limit) return "insufficient-funds";
                apply = () => model.Entries.Add((id, WalletEntryKind.VisitDebit, -d.Amount));
                return null;
            }
            case Refund f:
                if (model.Balance - f.Amount < 0) return "insufficient-funds";
                apply = () => model.Entries.Add((op, WalletEntryKind.Refund, -f.Amount));
                return null;
            case Reverse v:
            {
                var originals = model.Entries.Where(e => e.Kind != WalletEntryKind.Reversal).ToList();
                if (originals.Count == 0) return "unknown-entry";
                var original = originals[v.Pick % originals.Count];
                var id = $"reversal:{original.Id}";
                if (model.Find(id) is not null) return null;
                if (original.Amount > 0 && model.Balance - original.Amount < -model.Limit) return "insufficient-funds";
                apply = () => model.Entries.Add((id, WalletEntryKind.Reversal, -original.Amount));
                return null;
            }
            case Limit l:
                if (model.Balance < -l.Amount) return "credit-in-use";
                apply = () => model.Limit = l.Amount;
                return null;
        }
        throw new InvalidOperationException(command.ToString());
    }

    private static async Task Send(IClientWalletGrain wallet, Command command, List<WalletDeposit> deposits, string op)
    {
        switch (command)
        {
            case Deposit d:
                var deposit = new WalletDeposit(op, new Money(d.Amount, "RUB"), PaymentMethod.Cash);
                await wallet.DepositAsync(deposit);
                deposits.Add(deposit);
                break;
            case RepeatDeposit r when deposits.Count > 0:
                var again = await wallet.DepositAsync(deposits[r.Pick % deposits.Count]);
                Assert.Equal(deposits[r.Pick % deposits.Count].OperationId, again.Id);
                break;
            case RepeatDeposit:
                break;
            case Debit d:
                await wallet.DebitVisitAsync(new VisitDebit($"v{d.Visit}", new Money(d.Amount, "RUB")));
                break;
            case Refund f:
                await wallet.RefundAsync(new WalletRefund(op, new Money(f.Amount, "RUB"), PaymentMethod.Cash, "asked back"));
                break;
            case Reverse v:
                var view = await wallet.GetAsync();
                var originals = view.Entries.Where(e => e.Kind != WalletEntryKind.Reversal).ToList();
                await wallet.ReverseAsync(originals.Count == 0 ? "none" : originals[v.Pick % originals.Count].Id, "voided");
                break;
            case Limit l:
                await wallet.SetCreditLimitAsync(new Money(l.Amount, "RUB"));
                break;
        }
    }
}
