namespace Frontdesk.Kiosk.Printing;

/// <summary>A thermal printer reached over some transport. Neither method throws for the printer's own faults: they are states.</summary>
public interface IPrinter
{
    /// <summary>Asked before a number is requested, so a kiosk with a dead printer does not take numbers it cannot hand out.</summary>
    Task<PrinterState> CheckAsync(CancellationToken cancellationToken);

    Task<PrinterState> PrintAsync(ReadOnlyMemory<byte> ticket, CancellationToken cancellationToken);
}
