extern alias kiosk;
using Frontdesk.Grains.Queue;
using Frontdesk.TestSupport;
using Frontdesk.Web.Tests.Infrastructure;
using kiosk::Frontdesk.Kiosk.Pressing;
using Xunit.Abstractions;

namespace Frontdesk.Web.Tests.EndToEnd;

/// <summary>
/// The real kiosk program's press path (engine client with its Polly pipeline, ESC/POS printout, file printer) against
/// the real engine on Kestrel, with a proxy between them that drops requests and answers, answers 500, delays by 5 s,
/// and goes away for an outage (30 s; FRONTDESK_E2E_OUTAGE_SECONDS shortens it). 50 kiosks press 20 times each.
/// </summary>
public sealed class fifty_kiosks_pressing_through_faults_and_an_outage_print_only_engine_numbers(ITestOutputHelper output)
{
    private const int Kiosks = 50;
    private const int Presses = 20;
    private const string Branch = "moscow-tverskaya";
    private static readonly string[] Lines = ["reception", "cashier", "lab"];
    private static readonly TimeSpan TotalBudget = TimeSpan.FromSeconds(6);
    // The press's budget is the kiosk's; a machine running fifty kiosks and the engine may take a moment more to schedule it.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1.5);

    private static readonly Dictionary<string, string?> Resilience = new()
    {
        ["TryTimeout"] = "00:00:02",
        ["TotalBudget"] = TotalBudget.ToString(),
        ["Retries"] = "4",
        ["RetryDelay"] = "00:00:00.100",
        ["BreakDuration"] = "00:00:03",
        ["BreakSampling"] = "00:00:10",
    };

    private static TimeSpan Outage =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("FRONTDESK_E2E_OUTAGE_SECONDS"), out var seconds) ? seconds : 30);

    [Fact]
    public async Task every_printed_ticket_carries_its_own_engine_number_each_line_is_gap_free_and_the_outage_prints_nothing()
    {
        await using var engine = await LiveEngine.StartAsync();
        await using var proxy = await FaultProxy.StartAsync(engine.Address);
        using var folder = new TempFolder();
        var random = new Random(20261123);
        proxy.Faults = () =>
        {
            lock (random)
            {
                var roll = random.NextDouble();
                return roll < 0.05 ? ProxyFault.DropBeforeEngine : roll < 0.10 ? ProxyFault.DropAfterEngine
                    : roll < 0.14 ? ProxyFault.ServerError : roll < 0.18 ? ProxyFault.Slow : ProxyFault.None;
            }
        };
        var kiosks = Enumerable.Range(0, Kiosks).Select(i => RealKiosk.Start(proxy.Address, Branch, $"kiosk-{i:00}", folder.Path, Resilience)).ToList();
        // A quarter of the presses come before the outage, the rest during and after it.
        var spacing = (Outage + TimeSpan.FromSeconds(30)) / Presses;
        var start = DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200);
        var outage = OutageAsync(proxy, start + 5 * spacing);

        var records = (await Task.WhenAll(kiosks.Select((k, i) => PressInTurnAsync(k, i, start, spacing)))).SelectMany(r => r).ToList();
        var (outageFrom, outageTo) = await outage;

        try
        {
            var issued = await IssuedAsync(engine);
            Report(records, issued, outageFrom, outageTo, proxy.Done);
            AssertNothingPrintedTwiceOrMadeUp(kiosks, records, issued);
            AssertEachLineGapFree(issued);
            AssertEveryUnprintedNumberBelongsToAPressThatGaveUp(kiosks, records, issued);
            AssertTheOutageWasSaidWithinTheBudget(kiosks[0].UnavailableText, records, outageFrom, outageTo);
        }
        finally
        {
            foreach (var kiosk in kiosks) await kiosk.DisposeAsync();
        }
    }

    private static async Task<IReadOnlyList<PressRecord>> PressInTurnAsync(RealKiosk kiosk, int index, DateTimeOffset start, TimeSpan spacing)
    {
        var records = new List<PressRecord>();
        // Kiosks are spread over each interval, as clients do not all arrive at once.
        var offset = spacing * index / Kiosks;
        for (var press = 0; press < Presses; press++)
        {
            var due = start + offset + press * spacing - DateTimeOffset.UtcNow;
            if (due > TimeSpan.Zero) await Task.Delay(due);
            var line = Lines[(index + press) % Lines.Length];
            var began = DateTimeOffset.UtcNow;
            var outcome = await kiosk.PressAsync(line);
            records.Add(new PressRecord(kiosk.Options.KioskId, line, began, DateTimeOffset.UtcNow, outcome));
        }
        return records;
    }

    private static async Task<(DateTimeOffset From, DateTimeOffset To)> OutageAsync(FaultProxy proxy, DateTimeOffset at)
    {
        await Task.Delay(at - DateTimeOffset.UtcNow);
        await proxy.SwitchOffAsync();
        var from = DateTimeOffset.UtcNow;
        await Task.Delay(Outage);
        var to = DateTimeOffset.UtcNow;
        await proxy.SwitchOnAsync();
        return (from, to);
    }

    private static async Task<IReadOnlyList<QueueTicket>> IssuedAsync(LiveEngine engine)
    {
        var today = QueueApi.MoscowToday();
        var lines = await Task.WhenAll(Lines.Select(line =>
            engine.Grains.GetGrain<IQueueCounterGrain>(new QueueCounterKey(Branch, line, today).ToString()).GetTicketsAsync()));
        return [.. lines.SelectMany(l => l)];
    }

    private static void AssertNothingPrintedTwiceOrMadeUp(IReadOnlyList<RealKiosk> kiosks, IReadOnlyList<PressRecord> records, IReadOnlyList<QueueTicket> issued)
    {
        var byId = issued.ToDictionary(t => t.Id);
        foreach (var kiosk in kiosks)
        {
            var printed = kiosk.Printed;
            var told = records.Where(r => r.KioskId == kiosk.Options.KioskId && r.Outcome.Outcome == PressOutcomeKind.Printed).Select(r => r.Outcome.Number).ToList();
            // One printout per press that said "take your ticket", in order, and none for the others.
            Assert.Equal(told, printed.Select(p => p.Number));
            Assert.All(printed, p =>
            {
                Assert.True(byId.TryGetValue(p.TicketId, out var ticket), $"{kiosk.Options.KioskId} printed {p.Number} ({p.TicketId}), which the engine never issued");
                Assert.Equal((ticket!.Number, kiosk.Options.KioskId), (p.Number, ticket.KioskId));
            });
        }
        var all = kiosks.SelectMany(k => k.Printed).ToList();
        Assert.Equal(all.Count, all.Select(p => p.Number).Distinct().Count());
        Assert.DoesNotContain(records, r => r.Outcome.Outcome is PressOutcomeKind.Refused or PressOutcomeKind.PrinterFault or PressOutcomeKind.NotPrinted);
    }

    private static void AssertEachLineGapFree(IReadOnlyList<QueueTicket> issued)
    {
        foreach (var line in issued.GroupBy(t => t.LineId))
        {
            var prefix = line.First().Number[..1];
            Assert.Equal(Enumerable.Range(1, line.Count()).Select(n => $"{prefix}-{n:000}"), line.Select(t => t.Number).Order(StringComparer.Ordinal));
        }
    }

    /// <summary>A number the engine issued and no kiosk printed is one whose press ran out of time or met the open breaker.</summary>
    private static void AssertEveryUnprintedNumberBelongsToAPressThatGaveUp(IReadOnlyList<RealKiosk> kiosks, IReadOnlyList<PressRecord> records, IReadOnlyList<QueueTicket> issued)
    {
        var printed = kiosks.SelectMany(k => k.Printed).Select(p => p.TicketId).ToHashSet();
        foreach (var orphans in issued.Where(t => !printed.Contains(t.Id)).GroupBy(t => (t.KioskId, t.LineId)))
        {
            var gaveUp = records.Count(r => r.KioskId == orphans.Key.KioskId && r.LineId == orphans.Key.LineId && r.Outcome.Outcome == PressOutcomeKind.Unavailable);
            Assert.True(orphans.Count() <= gaveUp, $"{orphans.Key}: {orphans.Count()} numbers unprinted, but only {gaveUp} presses gave up");
        }
    }

    private static void AssertTheOutageWasSaidWithinTheBudget(string unavailable, IReadOnlyList<PressRecord> records, DateTimeOffset from, DateTimeOffset to)
    {
        var during = records.Where(r => r.Started >= from && r.Started + TotalBudget + Slack <= to).ToList();
        Assert.True(during.Count >= Kiosks, $"only {during.Count} presses fell inside the outage");
        Assert.All(during, r =>
        {
            Assert.Equal((PressOutcomeKind.Unavailable, unavailable), (r.Outcome.Outcome, r.Outcome.Message));
            Assert.True(r.Took <= TotalBudget + Slack, $"{r.KioskId} took {r.Took.TotalSeconds:0.0} s to say the engine is away");
        });
        Assert.DoesNotContain(records, r => r.Started >= from && r.Ended <= to && r.Outcome.Outcome == PressOutcomeKind.Printed);
        // Away from the outage most presses get through the faults (the rest meet a breaker opened by a run of them).
        var outside = records.Where(r => r.Ended < from || r.Started > to + TotalBudget).ToList();
        var printed = outside.Count(r => r.Outcome.Outcome == PressOutcomeKind.Printed);
        Assert.True(printed >= outside.Count * 0.6, $"only {printed} of the {outside.Count} presses away from the outage printed");
    }

    private void Report(IReadOnlyList<PressRecord> records, IReadOnlyList<QueueTicket> issued, DateTimeOffset from, DateTimeOffset to,
        IReadOnlyDictionary<ProxyFault, int> faults)
    {
        output.WriteLine($"ticket requests through the proxy: {string.Join(", ", faults.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}"))}");
        var outcomes = string.Join(", ", records.GroupBy(r => r.Outcome.Outcome).Select(g => $"{g.Key} {g.Count()}"));
        output.WriteLine($"{records.Count} presses: {outcomes}; {issued.Count} numbers issued; outage {(to - from).TotalSeconds:0.0} s; " +
            $"slowest press {records.Max(r => r.Took).TotalSeconds:0.0} s");
        foreach (var phase in records.GroupBy(r => r.Ended <= from ? "before" : r.Started >= to ? "after" : "during").OrderBy(g => g.Key))
            output.WriteLine($"{phase.Key} the outage: {phase.Count()} presses, {phase.Count(r => r.Outcome.Outcome == PressOutcomeKind.Printed)} printed");
    }
}
