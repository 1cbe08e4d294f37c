extern alias kiosk;
using Frontdesk.TestSupport;
using Frontdesk.Web.Tests.Infrastructure;
using kiosk::Frontdesk.Kiosk.Engine;
using kiosk::Frontdesk.Kiosk.Pressing;
using kiosk::Frontdesk.Kiosk.Printing;

namespace Frontdesk.Web.Tests.EndToEnd;

public sealed class the_kiosk_program_reads_the_engines_lines_reports_its_printer_and_shows_a_refusal
{
    private static readonly Dictionary<string, string?> Quick = new() { ["TryTimeout"] = "00:00:05", ["TotalBudget"] = "00:00:10" };

    [Fact]
    public async Task the_kiosks_own_client_understands_every_answer_of_the_real_engine()
    {
        await using var engine = await LiveEngine.StartAsync();
        using var folder = new TempFolder();
        await using var kiosk = RealKiosk.Start(engine.Address, "moscow-tverskaya", "lobby-1", folder.Path, Quick);
        using var http = await engine.HttpAsAsync(Frontdesk.TestSupport.Security.SignIn.DemoOwner);

        var api = new QueueApi(http);
        var lines = await kiosk.Engine.GetLinesAsync(CancellationToken.None);
        var printed = await kiosk.PressAsync("cashier");
        var refused = await kiosk.PressAsync("reception", "FD1:TVR-990101-1-1:secret");
        // The press found the printer fine and said so on its own; then the roll runs out.
        await Eventually.TrueAsync(async () => (await api.GetAsync("/api/queue/branches/moscow-tverskaya/kiosks")).GetProperty("kiosks").GetArrayLength() == 1,
            "the kiosk's own report of a fine printer");
        var reported = await kiosk.Engine.ReportPrinterStatusAsync(new PrinterStatusReport(PrinterStatus.PaperOut, "roll empty"), CancellationToken.None);
        var fleet = await api.GetAsync("/api/queue/branches/moscow-tverskaya/kiosks");

        Assert.Equal(EngineAnswerKind.Answered, lines.Kind);
        Assert.Equal(("White Lily on Tverskaya", "Europe/Moscow"), (lines.Value!.Branch.Name, lines.Value.Branch.TimeZone));
        Assert.Equal(["A Reception", "B Cashier", "C Lab tests"], lines.Value.Lines.Select(l => $"{l.Prefix} {l.Name}"));
        Assert.True(reported);
        Assert.Equal("lobby-1 PaperOut roll empty", string.Join(";", fleet.GetProperty("kiosks").EnumerateArray()
            .Select(k => $"{k.GetProperty("kioskId").GetString()} {k.GetProperty("status").GetString()} {k.GetProperty("detail").GetString()}")));
        Assert.Equal((PressOutcomeKind.Printed, "B-001"), (printed.Outcome, printed.Number));
        Assert.Equal("B-001", Assert.Single(kiosk.Printed).Number);
        Assert.Equal(PressOutcomeKind.Refused, refused.Outcome);
        Assert.Contains("not for today", refused.Message);
    }
}
