extern alias kiosk;
using System.Diagnostics;
using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;
using kiosk::Frontdesk.Kiosk;
using kiosk::Frontdesk.Kiosk.Pressing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// Queue 3: the real kiosk's press path (paper check, engine client with its Polly pipeline, ESC/POS, TCP printer)
/// against a healthy engine process on PostgreSQL; each press timed from the touch to the ticket's last byte at a
/// loopback printer. Ten kiosks press one after another, each its own printer.
/// </summary>
internal sealed class KioskPressScenario : IScenario
{
    private const int Kiosks = 10;
    private const int WarmUpPresses = 5;
    private const int Presses = 50;
    private static readonly string[] Lines = ["reception", "cashier", "lab"];

    public string Name => BenchArguments.KioskPress;

    public async Task RunAsync(BenchContext context)
    {
        var server = await context.PostgresAsync();
        await using var engine = await WebEngineProcess.StartAsync(await server.CreateDatabaseAsync("kiosk_press"));
        BenchContext.Progress($"kiosk press: {Kiosks} kiosks x {Presses} presses");
        var printers = Enumerable.Range(0, Kiosks).Select(_ => new LoopbackPrinter()).ToList();
        var kiosks = printers.Select((p, i) => Kiosk(engine.Address, $"bench-kiosk-{i}", p.Address)).ToList();
        try
        {
            var runs = await Task.WhenAll(kiosks.Select((k, i) => PressAsync(k, printers[i], i)));
            var latency = new LatencyHistogram();
            foreach (var run in runs) latency.Add(run);
            context.Record(Figures.KioskPressP99, latency.PercentileMilliseconds(0.99));
            var table = new MarkdownTable("kiosks", "presses timed", "p50 ms", "p99 ms");
            table.Add(Format.Count(Kiosks), Format.Count(latency.Count), Format.Milliseconds(latency.PercentileMilliseconds(0.50)),
                Format.Milliseconds(latency.PercentileMilliseconds(0.99)));
            BenchContext.Print("Queue 3. Kiosk press to printed bytes, engine healthy (engine process, PostgreSQL)", table,
                $"`TicketPress.PressAsync` of the kiosk program (wired by its `AddKiosk`), timed from the call to the moment a loopback TCP printer " +
                $"has the ticket's last byte; each press checks the paper first (DLE EOT 4 on its own connection, as on a real printer). " +
                $"{Kiosks} kiosks press one after another at the same time, {WarmUpPresses} presses each first, not counted.");
        }
        finally
        {
            foreach (var kiosk in kiosks) await kiosk.DisposeAsync();
            foreach (var printer in printers) await printer.DisposeAsync();
        }
    }

    private static async Task<LatencyHistogram> PressAsync(ServiceProvider kiosk, LoopbackPrinter printer, int index)
    {
        var press = kiosk.GetRequiredService<TicketPress>();
        var latency = new LatencyHistogram();
        for (var i = 0; i < WarmUpPresses + Presses; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var outcome = await press.PressAsync(Guid.NewGuid().ToString(), Lines[(index + i) % Lines.Length], null);
            if (outcome.Outcome != PressOutcomeKind.Printed) throw new InvalidOperationException($"A press came to {outcome.Outcome}: {outcome.Message}");
            var printed = await printer.NextPrintoutAsync(TimeSpan.FromSeconds(10));
            if (i >= WarmUpPresses) latency.Record(printed - started);
        }
        return latency;
    }

    private static ServiceProvider Kiosk(Uri engine, string kioskId, string printer) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Kiosk:Engine"] = engine.ToString(),
                ["Kiosk:BranchId"] = QueueSilo.Branch,
                ["Kiosk:KioskId"] = kioskId,
                ["Kiosk:DeviceToken"] = Frontdesk.TestSupport.Security.SignIn.DemoDeviceToken("kiosk", QueueSilo.Branch),
                ["Kiosk:Printer"] = printer,
            }).Build())
            .AddKiosk()
            .BuildServiceProvider();
}
