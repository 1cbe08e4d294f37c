using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests;

public sealed class a_wrong_configuration_ends_the_process_with_a_clear_message
{
    [Theory]
    [InlineData("Frontdesk__Storage", "mongodb", "must be 'sqlite' or 'postgresql'")]
    [InlineData("ConnectionStrings__Frontdesk", "Host=127.0.0.1;Colour=blue", "not a PostgreSQL connection string")]
    [InlineData("Frontdesk__Silo__SnapshotEvery", "-5", "SnapshotEvery")]
    [InlineData("Frontdesk__Demo__Seed", "yes please", "Frontdesk:Demo:Seed is 'yes please'; it must be true or false")]
    public async Task a_bad_setting_is_named_and_the_exit_code_is_not_zero(string variable, string value, string expected)
    {
        await using var process = WebProcess.Start(new Dictionary<string, string>
        {
            [variable] = value,
            ["Frontdesk__DataDirectory"] = Path.Combine(Path.GetTempPath(), "frontdesk-never-used"),
        });

        var exit = await process.ExitCodeWithinAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, exit);
        Assert.Contains("Frontdesk could not start", process.Stderr);
        Assert.Contains(expected, process.Stderr);
    }

    [Fact]
    public async Task an_unreachable_database_ends_start_up_within_its_timeout_instead_of_hanging()
    {
        await using var process = WebProcess.Start(new Dictionary<string, string>
        {
            // Port 1 on loopback: nothing listens, the connection is refused.
            ["ConnectionStrings__Frontdesk"] = "Host=127.0.0.1;Port=1;Database=frontdesk;Username=frontdesk",
            ["Frontdesk__Silo__StartupTimeout"] = "00:00:02",
        });

        var exit = await process.ExitCodeWithinAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, exit);
        Assert.Contains("could not be reached within 2 s", process.Stderr);
        Assert.Contains("PostgreSQL 127.0.0.1:1/frontdesk", process.Stderr);
    }
}
