namespace Frontdesk.Kiosk.Engine;

public sealed record Branch(string Id, string Name, string TimeZone);
