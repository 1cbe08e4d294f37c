using Frontdesk.Kiosk.Engine;
using Frontdesk.Kiosk.Printing;

namespace Frontdesk.Kiosk.Pressing;

/// <summary>
/// The printer's last known state, for the screen, and its changes told to the engine so reception sees them.
/// Reports run in the background, one at a time, and never hold up a press; one that fails is sent again at the
/// next observation.
/// </summary>
public sealed class PrinterWatch(EngineClient engine)
{
    private readonly Lock _gate = new();
    private PrinterState _current = PrinterState.Unknown;
    private PrinterStatus? _reported;
    private Task _reporting = Task.CompletedTask;

    public PrinterState Current
    {
        get { lock (_gate) return _current; }
    }

    /// <summary>The background report, for whoever must wait for it (tests, shutdown).</summary>
    public Task Reporting
    {
        get { lock (_gate) return _reporting; }
    }

    public void Observe(PrinterState state)
    {
        lock (_gate)
        {
            // "Unknown" teaches nothing: the last thing known stays on the screen.
            if (state.Status == PrinterStatus.Unknown) return;
            _current = state;
            if (!_reporting.IsCompleted || _reported == state.Status) return;
            _reporting = Task.Run(ReportChangesAsync);
        }
    }

    private async Task ReportChangesAsync()
    {
        while (true)
        {
            PrinterState next;
            lock (_gate)
            {
                next = _current;
                if (_reported == next.Status) return;
            }
            if (!await engine.ReportPrinterStatusAsync(new PrinterStatusReport(next.Status, next.Detail), CancellationToken.None)) return;
            lock (_gate) _reported = next.Status;
        }
    }
}
