using System.Text.Json.Serialization;

namespace Frontdesk.Kiosk.Printing;

/// <summary>What the kiosk last learned about its printer, with the why for reception when it is a fault.</summary>
public sealed record PrinterState(PrinterStatus Status, string? Detail = null)
{
    public static readonly PrinterState Unknown = new(PrinterStatus.Unknown);
    public static readonly PrinterState Ok = new(PrinterStatus.Ok);

    [JsonIgnore]
    public bool IsFault => Status is PrinterStatus.Offline or PrinterStatus.PaperOut or PrinterStatus.Error;
}
