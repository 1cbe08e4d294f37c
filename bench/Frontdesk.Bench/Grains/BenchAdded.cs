namespace Frontdesk.Bench.Grains;

public sealed record BenchAdded(int Amount);
