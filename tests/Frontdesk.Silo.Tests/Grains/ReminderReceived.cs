namespace Frontdesk.Silo.Tests.Grains;

public sealed record ReminderReceived(string Name, DateTimeOffset Tick);
