namespace Frontdesk.Grains.Tests.Infrastructure;

public sealed class InjectedCrashException(string step) : Exception($"Injected crash before '{step}'.");
