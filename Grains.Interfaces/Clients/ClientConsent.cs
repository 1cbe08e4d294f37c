namespace Frontdesk.Grains.Clients;

/// <summary>What the client agreed to, or refused ("sms", "email", "personal-data", "photos"), and when reception recorded it.</summary>
public sealed record ClientConsent(string Kind, bool Given, DateTimeOffset At);
