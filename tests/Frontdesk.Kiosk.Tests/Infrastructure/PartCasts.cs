namespace Frontdesk.Kiosk.Tests.Infrastructure;

public static class PartCasts
{
    public static T As<T>(this IEscPosPart part) where T : IEscPosPart => Assert.IsType<T>(part);
}
