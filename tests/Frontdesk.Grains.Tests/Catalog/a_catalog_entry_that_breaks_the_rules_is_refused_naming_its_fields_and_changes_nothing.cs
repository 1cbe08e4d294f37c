using System.Text.Json;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Tests.Infrastructure;

namespace Frontdesk.Grains.Tests.Catalog;

public sealed class a_catalog_entry_that_breaks_the_rules_is_refused_naming_its_fields_and_changes_nothing : OnFreshChain
{
    protected override async Task GivenAsync()
    {
        await SampleCatalog.SeedAsync(Catalog);
    }

    [Theory]
    [InlineData("a time zone that is not IANA", "timeZone")]
    [InlineData("another branch's code", "code")]
    [InlineData("another specialist's number", "number")]
    [InlineData("a service of an unknown direction", "directionId")]
    [InlineData("a specialist at an unknown branch, direction and service", "branchIds", "directionIds", "serviceIds")]
    [InlineData("a resource at an unknown branch", "branchId")]
    [InlineData("a branch id with spaces and capitals", "id")]
    [InlineData("an empty service id", "id")]
    [InlineData("a direction id in capitals", "id")]
    [InlineData("a profile with a bad currency and phone region", "currency", "phoneRegion")]
    public async Task the_refusal_is_invalid_names_each_field_and_leaves_the_view_and_its_version_as_they_were(string entry, params string[] fields)
    {
        var before = await Catalog.GetAsync();

        var refusal = await Assert.ThrowsAsync<CommandRejectedException>(() => Upsert(entry));

        Assert.Equal(RejectionKind.Invalid, refusal.Kind);
        Assert.Equal("invalid-catalog-entry", refusal.Code);
        foreach (var field in fields) Assert.Contains(field, refusal.Details.Keys);
        var after = await Catalog.GetAsync();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(after));
    }

    [Fact]
    public async Task a_refused_entry_among_good_ones_takes_nothing_of_theirs_with_it()
    {
        var catalog = Catalog;
        var calls = new[]
        {
            catalog.UpsertDirectionAsync(SampleCatalog.Direction("dentistry")),
            catalog.UpsertBranchAsync(SampleCatalog.Branch("north", "CEN")),
            catalog.UpsertBranchAsync(SampleCatalog.Branch("south", "SOU")),
        };

        await Assert.ThrowsAsync<CommandRejectedException>(() => Task.WhenAll(calls));

        var view = await catalog.GetAsync();
        Assert.NotNull(view.FindDirection("dentistry"));
        Assert.NotNull(view.FindBranch("south"));
        Assert.Null(view.FindBranch("north"));
    }

    private Task Upsert(string entry)
    {
        var catalog = Catalog;
        return entry switch
        {
            "a time zone that is not IANA" => catalog.UpsertBranchAsync(SampleCatalog.Branch("north", "NOR", "Moscow Standard Time+1")),
            "another branch's code" => catalog.UpsertBranchAsync(SampleCatalog.Branch("north", "CEN")),
            "another specialist's number" => catalog.UpsertSpecialistAsync(SampleCatalog.Specialist("boris", number: 1)),
            "a service of an unknown direction" => catalog.UpsertServiceAsync(SampleCatalog.Service("peel", direction: "cosmetology")),
            "a specialist at an unknown branch, direction and service" =>
                catalog.UpsertSpecialistAsync(SampleCatalog.Specialist("boris", 2, branch: "nowhere", direction: "nothing", service: "none")),
            "a resource at an unknown branch" => catalog.UpsertResourceAsync(SampleCatalog.Resource("room-9", branch: "nowhere")),
            "a branch id with spaces and capitals" => catalog.UpsertBranchAsync(SampleCatalog.Branch("North Branch", "NOR")),
            "an empty service id" => catalog.UpsertServiceAsync(SampleCatalog.Service("")),
            "a direction id in capitals" => catalog.UpsertDirectionAsync(SampleCatalog.Direction("SPA")),
            "a profile with a bad currency and phone region" => catalog.SetProfileAsync(new ChainProfile("Test chain", "roubles", "Russia")),
            _ => throw new ArgumentOutOfRangeException(nameof(entry), entry, null),
        };
    }
}
