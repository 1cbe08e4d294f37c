namespace Frontdesk.Silo.Tests.Grains;

public sealed record CounterIndexed(long Value, int Additions);
