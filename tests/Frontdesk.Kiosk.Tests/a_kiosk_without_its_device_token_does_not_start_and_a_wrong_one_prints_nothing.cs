using Frontdesk.Kiosk.Pressing;
using Frontdesk.Kiosk.Tests.Infrastructure;

namespace Frontdesk.Kiosk.Tests;

public sealed class a_kiosk_without_its_device_token_does_not_start_and_a_wrong_one_prints_nothing
{
    [Fact]
    public async Task no_token_is_a_configuration_error_naming_the_setting()
    {
        await using var branch = await FakeBranch.StartAsync();

        var error = Assert.Throws<KioskConfigurationException>(() =>
            KioskSettings.Validate(new KioskOptions { Engine = branch.Engine.BaseAddress.ToString(), BranchId = "central", KioskId = "k", Printer = "file:///tmp/x.bin" }));

        Assert.Contains("Kiosk:DeviceToken", error.Message);
    }

    [Fact]
    public async Task a_revoked_or_wrong_token_is_refused_by_the_engine_and_nothing_is_printed()
    {
        await using var branch = await FakeBranch.StartAsync();
        await using var kiosk = branch.Kiosk(overrides: new Dictionary<string, string?> { ["Kiosk:DeviceToken"] = "kiosk-1.revoked" });

        var outcome = await kiosk.PressAsync();

        Assert.Equal(PressOutcomeKind.Refused, outcome.Outcome);
        Assert.Empty(branch.Printer.Printouts);
        Assert.Empty(branch.Engine.Issued);
    }
}
