using System.Diagnostics;
using Frontdesk.Bench.Cluster;
using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Http;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;
using Frontdesk.TestSupport;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// The chain on one node and on a local cluster, in one run against one PostgreSQL server: R receptionists booking,
/// moving and cancelling over HTTP across a 12-branch × 8-specialist chain (the next 3 days), M kiosks pressing for
/// tickets on the demo branches' lines, K calendar screens (Node, @microsoft/signalr) on the node serving their branch;
/// then everyone on one specialist-day. Afterwards the journal is read back for lost bookings, double bookings and
/// duplicate tickets. The same receptionists' load then runs against the naive check-then-insert scheduler.
/// </summary>
internal sealed class ClusterScenario : IScenario
{
    private const int Branches = 12;
    private const int Specialists = 8;
    private const int Days = 3;
    /// <summary>Cashiers depositing and refunding on three shared wallets beside the receptionists and kiosks.</summary>
    private const int Cashiers = 4;

    public string Name => BenchArguments.Cluster;

    public async Task RunAsync(BenchContext context)
    {
        var arguments = context.Arguments;
        BenchContext.Progress("cluster: dotnet build Web -c Release");
        await EngineProcess.BuildAsync();
        var server = await context.PostgresAsync();
        var table = new MarkdownTable("system", "nodes", "case", "receptionists / kiosks / screens", "receptionist calls/s", "409/s",
            "p50 / p95 / p99 ms", "tickets/s", "push p50 / p99 ms (seen)", "errors", "double bookings", "duplicate tickets", "lost", "wallets off ledger / not as acknowledged");
        foreach (var nodes in arguments.Nodes) await FrontdeskAsync(context, server, nodes, hot: nodes == arguments.Nodes.Max(), table);
        await NaiveAsync(context, server, table);
        BenchContext.Print("11. The chain on one node and on a local cluster, and the naive scheduler (one run, one PostgreSQL)", table,
            "Frontdesk rows: the engine's Release build as separate processes on one PostgreSQL database, each receptionist and kiosk call sent to " +
            "the node serving its branch (a stable hash of the branch id, as deploy/nginx does), a new Idempotency-Key per call. A receptionist's call " +
            "books a 15-minute visit at a random 5-minute start, or (one in three once it has bookings) moves one of its own within its day or " +
            "cancels it; 409 is the engine refusing a taken slot. Push: from sending the booking request to a screen showing it, for bookings on a " +
            "watched day. Double bookings, duplicates and lost bookings are counted afterwards from the journal through the API; so are the wallets: 4 cashiers deposit and refund on 3 shared wallets at any node, and each wallet must equal the sum of its entries and what was acknowledged. Naive rows: the " +
            "same receptionists' calls straight to PostgreSQL (no HTTP, no engine), read-free-then-insert in one READ COMMITTED transaction; its " +
            "double bookings are counted by a query. Load generator, screens, nodes and PostgreSQL all share the machine's two cores.");
    }

    private static async Task FrontdeskAsync(BenchContext context, TemporaryPostgres server, int nodes, bool hot, MarkdownTable table)
    {
        var arguments = context.Arguments;
        BenchContext.Progress($"cluster: starting {nodes} node(s)");
        var database = await server.CreateDatabaseAsync($"cluster_{nodes}");
        await using var local = await LocalNodes.StartAsync(database, nodes);
        using var http = await BenchOwner.ClientAsync(local.Addresses[0], maxConnections: 256);
        var session = await BenchOwner.HubAsync(local.Addresses[0]);
        var api = new EngineApi(http);
        var lines = await DemoLinesAsync(api);
        BenchContext.Progress($"cluster: writing {Branches} branches × {Specialists} specialists through the API");
        var shape = new ChainShape(Branches, Specialists, Days, DateOnly.FromDateTime(DateTime.UtcNow));
        var client = await SyntheticChainOverHttp.WriteAsync(api, Branches, Specialists, shape.Today);
        var routing = new BranchRouting(local.Addresses);

        var topics = shape.Topics().ToList();
        var screens = Enumerable.Range(0, arguments.Screens).Select(i => topics[i % topics.Count])
            .Select(topic => (new Uri(routing.NodeOf(topic.Split(':')[1]), "hubs/live"), topic)).ToList();
        BenchContext.Progress($"cluster: {nodes} node(s), {arguments.Receptionists} receptionists, {arguments.Kiosks} kiosks, {screens.Count} screens");
        var traffic = new ChainTraffic(api, routing, shape, hot: false, client, lines);
        var wallets = new WalletTraffic(api, local.Addresses, await WalletClientsAsync(api));
        await using (var fleet = await ScreenFleet.StartAsync(screens, session.CookieHeader!))
        {
            var (receptionists, kiosks, cashiers) = await RunTogetherAsync(arguments, traffic, wallets);
            await SettledAsync(fleet);
            var counts = await fleet.StopAsync();
            var push = traffic.Booked.Numbers.Where(n => fleet.Seen.ContainsKey(n.Key)).Select(n => fleet.Seen[n.Key] - n.Value.SentAt).Order().ToList();
            var audit = await ChainAudit.RunAsync(api, routing, traffic);
            var books = await WalletAudit.RunAsync(api, wallets);
            Add(table, "Frontdesk", nodes, "spread over the chain", $"{arguments.Receptionists} / {arguments.Kiosks} / {screens.Count}", receptionists, kiosks,
                push.Count == 0 ? "–" : $"{Format.Milliseconds(push[push.Count / 2])} / {Format.Milliseconds(push[(int)(push.Count * 0.99)])} ({push.Count})",
                audit.DoubleBookings.ToString(), $"{audit.DuplicateTickets} (+{audit.UnacknowledgedTickets} unacknowledged)", audit.Lost.ToString(),
                $"{books.OffLedger} / {books.Mismatched} ({books.Entries} entries, {Format.Count(cashiers.PerSecond)}/s)");
            BenchContext.Progress($"cluster: screens said pushes/refetches/errors {counts}; audit {audit}; wallets {books}; cashier errors {cashiers.Errors}");
            context.Record($"cluster {nodes} node(s) receptionist calls/s", receptionists.PerSecond);
        }
        if (!hot) return;
        BenchContext.Progress($"cluster: {nodes} node(s), every receptionist on one specialist-day");
        var crowd = new ChainTraffic(api, routing, shape, hot: true, client, lines);
        var result = await new ClosedLoop(arguments.Receptionists, arguments.WarmUp, arguments.Measure).RunAsync("one specialist-day", crowd.ReceptionistAsync);
        var crowded = await ChainAudit.RunAsync(api, routing, crowd);
        Add(table, "Frontdesk", nodes, "one specialist-day", $"{arguments.Receptionists} / 0 / 0", result, null, "–", crowded.DoubleBookings.ToString(), "–", crowded.Lost.ToString(), "–");
    }

    private static async Task NaiveAsync(BenchContext context, TemporaryPostgres server, MarkdownTable table)
    {
        var arguments = context.Arguments;
        var database = await server.CreateDatabaseAsync("naive");
        var shape = new ChainShape(Branches, Specialists, Days, DateOnly.FromDateTime(DateTime.UtcNow));
        foreach (var hot in new[] { false, true })
        {
            BenchContext.Progress($"cluster: naive scheduler, {(hot ? "one specialist-day" : "spread")}");
            await using var scheduler = await NaiveScheduler.CreateAsync(database);
            var traffic = new NaiveTraffic(scheduler, shape, hot);
            var result = await new ClosedLoop(arguments.Receptionists, arguments.WarmUp, arguments.Measure)
                .RunAsync(hot ? "one specialist-day" : "spread over the chain", traffic.ReceptionistAsync);
            Add(table, "naive check-then-insert", 0, result.Case, $"{arguments.Receptionists} / 0 / 0", result, null, "–",
                (await scheduler.DoubleBookingsAsync()).ToString(), "–", "–", "–");
        }
    }

    private static async Task<(LoadResult Receptionists, LoadResult Kiosks, LoadResult Cashiers)> RunTogetherAsync(BenchArguments arguments, ChainTraffic traffic,
        WalletTraffic wallets)
    {
        var receptionists = new ClosedLoop(arguments.Receptionists, arguments.WarmUp, arguments.Measure).RunAsync("receptionists", traffic.ReceptionistAsync);
        var kiosks = new ClosedLoop(arguments.Kiosks, arguments.WarmUp, arguments.Measure).RunAsync("kiosks", traffic.KioskAsync);
        var cashiers = new ClosedLoop(Cashiers, arguments.WarmUp, arguments.Measure).RunAsync("cashiers", wallets.CashierAsync);
        return (await receptionists, await kiosks, await cashiers);
    }

    /// <summary>Three clients whose wallets every node's cashiers share.</summary>
    private static async Task<IReadOnlyList<string>> WalletClientsAsync(EngineApi api)
    {
        var ids = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            var (status, card) = await api.PostAsync("api/clients", new { name = $"Wallet Client {i}", phone = $"+7 901 777-00-0{i}" });
            if (status != 200) throw new InvalidOperationException($"Registering a wallet client answered {status}: {card}");
            ids.Add(card.GetProperty("id").GetString()!);
        }
        return ids;
    }

    /// <summary>Waits until the screens have shown nothing new for a second (at most ten): the last pushes are still on their way when the load stops.</summary>
    private static async Task SettledAsync(ScreenFleet fleet)
    {
        var clock = Stopwatch.StartNew();
        var last = -1;
        while (fleet.Seen.Count != last && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            last = fleet.Seen.Count;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static async Task<IReadOnlyList<QueueLine>> DemoLinesAsync(EngineApi api)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var catalog = await api.GetAsync("api/catalog");
                var lines = new List<QueueLine>();
                foreach (var branch in catalog.GetProperty("branches").EnumerateArray().Select(b => b.GetProperty("id").GetString()!))
                {
                    var setup = await api.GetAsync($"api/queue/branches/{branch}/lines");
                    lines.AddRange(setup.GetProperty("lines").EnumerateArray().Select(l => new QueueLine(branch, l.GetProperty("id").GetString()!)));
                }
                if (lines.Count > 0) return lines;
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                // Node 1 is still writing the demo chain.
            }
            if (clock.Elapsed > TimeSpan.FromSeconds(60)) throw new InvalidOperationException("The demo chain's queue lines did not appear within 60 s.");
            await Task.Delay(200);
        }
    }

    private static void Add(MarkdownTable table, string system, int nodes, string label, string load, LoadResult receptionists, LoadResult? kiosks,
        string push, string doubles, string duplicates, string lost, string wallets)
    {
        var errors = receptionists.Errors + (kiosks?.Errors ?? 0);
        table.Add(system, nodes == 0 ? "–" : nodes.ToString(), label, load, Format.Count(receptionists.PerSecond), Format.Count(receptionists.ConflictsPerSecond),
            $"{Format.Milliseconds(receptionists.P50Milliseconds)} / {Format.Milliseconds(receptionists.P95Milliseconds)} / {Format.Milliseconds(receptionists.P99Milliseconds)}",
            kiosks is null ? "–" : Format.Count(kiosks.PerSecond), push,
            errors == 0 ? "0" : $"{errors} ({receptionists.FirstError ?? kiosks?.FirstError})", doubles, duplicates, lost, wallets);
    }
}
