using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Stock;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(TransferStarted), "started")]
[JsonDerivedType(typeof(TransferTakenOut), "taken-out")]
[JsonDerivedType(typeof(TransferCompleted), "completed")]
[JsonDerivedType(typeof(TransferRefused), "refused")]
public abstract record TransferEvent;
