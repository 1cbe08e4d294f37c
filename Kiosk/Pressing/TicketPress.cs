using Frontdesk.Kiosk.Engine;
using Frontdesk.Kiosk.Printing;

namespace Frontdesk.Kiosk.Pressing;

/// <summary>
/// One client's press, start to paper: check the printer, ask the engine for a number under a key made for this
/// press, print what the engine issued. Nothing reaches the printer unless the engine answered with a ticket.
/// </summary>
public sealed class TicketPress(
    EngineClient engine,
    IPrinter printer,
    PrinterWatch watch,
    TicketPrintout printout,
    PressLedger ledger,
    KioskTexts texts,
    ILogger<TicketPress> logger)
{
    /// <summary>Presses with the same <paramref name="pressId"/> are one press: the same key, the same outcome, one ticket.</summary>
    public Task<PressOutcome> PressAsync(string pressId, string lineId, string? bookingCode) =>
        ledger.OnceAsync(pressId, () => RunAsync(lineId, bookingCode, Guid.CreateVersion7().ToString()));

    // Not tied to the page's request: a client who walks away mid-press still gets a press that ends cleanly.
    private async Task<PressOutcome> RunAsync(string lineId, string? bookingCode, string idempotencyKey)
    {
        var before = await printer.CheckAsync(CancellationToken.None);
        watch.Observe(before);
        if (before.IsFault)
        {
            logger.LogWarning("Press refused before asking the engine: printer {Status} ({Detail})", before.Status, before.Detail);
            return PressOutcome.PrinterFault(before, texts);
        }

        var answer = await engine.IssueTicketAsync(lineId, bookingCode, idempotencyKey, CancellationToken.None);
        switch (answer.Kind)
        {
            case EngineAnswerKind.Unavailable:
                logger.LogWarning("Press {Key} for line {Line}: engine unavailable ({Reason}); nothing printed", idempotencyKey, lineId, answer.Problem);
                return PressOutcome.Unavailable(texts);
            case EngineAnswerKind.Refused:
                logger.LogInformation("Press {Key} for line {Line} refused by the engine: {Problem}", idempotencyKey, lineId, answer.Problem);
                return PressOutcome.Refused(answer.Problem!);
        }

        var ticket = answer.Value!;
        var printed = await printer.PrintAsync(printout.Encode(ticket), CancellationToken.None);
        watch.Observe(printed);
        if (printed.IsFault)
            logger.LogError("Ticket {Number} issued but not printed: printer {Status} ({Detail})", ticket.Number, printed.Status, printed.Detail);
        return PressOutcome.Issued(ticket, printed, texts);
    }
}
