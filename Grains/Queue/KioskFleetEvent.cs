using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Queue;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(PrinterStatusChanged), "printer-status-changed")]
public abstract record KioskFleetEvent;
