namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>One drawing step the calendar page timed: milliseconds, and how big the day was.</summary>
public sealed record PageMeasurement(double Ms, int Columns, int Bookings);
