namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>A booking as a calendar shows it (or as the database holds it): number, column, local start, status.</summary>
public sealed record ShownBooking(string Number, string Specialist, string Start, string Status);
