namespace Frontdesk.Silo.Tests.Grains;

public sealed record CounterAdded(int Amount);
