using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Stock;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(StockMoved), "moved")]
[JsonDerivedType(typeof(LowThresholdSet), "low-threshold-set")]
public abstract record StockBinEvent;
