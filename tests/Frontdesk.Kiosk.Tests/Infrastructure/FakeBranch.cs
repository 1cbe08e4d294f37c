namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>A branch as a kiosk meets it: the engine's queue API and a network printer, both on real loopback sockets.</summary>
public sealed class FakeBranch : IAsyncDisposable
{
    private FakeBranch(FakeEngine engine, FakePrinter printer)
    {
        Engine = engine;
        Printer = printer;
    }

    public FakeEngine Engine { get; }

    public FakePrinter Printer { get; }

    public static async Task<FakeBranch> StartAsync() => new(await FakeEngine.StartAsync(), FakePrinter.Start());

    /// <summary>A kiosk of this branch, printing on its printer.</summary>
    public KioskRig Kiosk(string kioskId = "kiosk-1", IReadOnlyDictionary<string, string?>? overrides = null, TimeProvider? time = null) =>
        KioskRig.Start(Engine, Printer.Address, kioskId, overrides, time);

    public async ValueTask DisposeAsync()
    {
        await Printer.DisposeAsync();
        await Engine.DisposeAsync();
    }
}
