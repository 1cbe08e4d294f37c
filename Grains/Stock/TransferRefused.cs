namespace Frontdesk.Grains.Stock;

/// <summary>The transfer could not be done; whatever left the source went back.</summary>
public sealed record TransferRefused(string Code, string Message, RejectionKind Kind) : TransferEvent;
