namespace Frontdesk.Grains.Stock;

public sealed record LowThresholdSet(decimal? Threshold) : StockBinEvent;
