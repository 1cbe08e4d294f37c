namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>The calendar's browser tests: one engine they may restart, and one browser, shared one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class CalendarCollection : ICollectionFixture<CalendarSite>
{
    public const string Name = "calendar";
}
