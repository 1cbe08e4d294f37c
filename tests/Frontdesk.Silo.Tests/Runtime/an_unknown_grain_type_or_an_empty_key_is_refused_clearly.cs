using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Runtime;

public sealed class an_unknown_grain_type_or_an_empty_key_is_refused_clearly
{
    [Fact]
    public async Task an_interface_no_class_implements_names_itself_and_what_is_registered()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));

        var error = Assert.Throws<UnknownGrainTypeException>(() => silo.Grains.GetGrain<INotRegisteredGrain>("x"));

        Assert.Contains(nameof(INotRegisteredGrain), error.Message);
        Assert.Contains(nameof(ICounterGrain), error.Message);
        Assert.Equal(0, silo.Host.ActivationCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task an_empty_key_is_refused_before_anything_is_activated(string? key)
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));

        var error = Assert.Throws<ArgumentException>(() => silo.Grains.GetGrain<ICounterGrain>(key!));

        Assert.Contains("needs a key", error.Message);
        Assert.Equal(0, silo.Host.ActivationCount);
    }

    [Fact]
    public void a_grain_method_that_does_not_return_a_task_fails_registration()
    {
        var error = Assert.Throws<NotSupportedException>(() => new Frontdesk.Silo.Runtime.GrainTypeRegistry([typeof(BadGrain)]));
        Assert.Contains("Task", error.Message);
    }

    public interface IBadGrain : IGrainWithStringKey
    {
        int NotAsync();
    }

    public sealed class BadGrain : Grain, IBadGrain
    {
        public int NotAsync() => 1;
    }
}
