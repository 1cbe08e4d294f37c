using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Tests.Infrastructure;

namespace Frontdesk.Grains.Tests.Catalog;

public sealed class the_catalog_view_holds_every_upsert_and_outlives_its_activation : OnFreshChain
{
    [Fact]
    public async Task a_fresh_chain_is_not_set_up_until_it_has_a_profile()
    {
        Assert.False(await Catalog.IsSetUpAsync());
        await Catalog.UpsertDirectionAsync(SampleCatalog.Direction());
        Assert.False(await Catalog.IsSetUpAsync());

        await Catalog.SetProfileAsync(SampleCatalog.Profile);

        Assert.True(await Catalog.IsSetUpAsync());
    }

    [Fact]
    public async Task each_upsert_adds_a_version_and_the_lookups_find_what_was_written()
    {
        await SampleCatalog.SeedAsync(Catalog);
        await Catalog.UpsertBranchAsync(SampleCatalog.Branch("ekb", "EKB", "Asia/Yekaterinburg"));
        var view = await Catalog.UpsertSpecialistAsync(SampleCatalog.Specialist("boris", 2, branch: "ekb") with { BranchIds = ["center", "ekb", "ekb"] });

        Assert.Equal(8, view.Version);
        Assert.Equal(SampleCatalog.Profile, view.Profile);
        Assert.Equal(new[] { "center", "ekb" }, view.Specialist("boris").BranchIds);
        Assert.Equal("ekb", view.FindBranchByCode("ekb")!.Id);
        Assert.Equal(2, view.FindSpecialistByNumber(2)!.Number);
        Assert.Equal(new[] { "anna", "boris" }, view.SpecialistsOf("center").Select(s => s.Id).Order());
        Assert.Equal(new[] { "room-1" }, view.ResourcesOf("center", "massage-room").Select(r => r.Id));
        Assert.Equal(TimeSpan.FromHours(5), view.TimeZoneOf("ekb").GetUtcOffset(TestChain.DefaultNow));
        Assert.Equal(RejectionKind.NotFound, Assert.Throws<CommandRejectedException>(() => view.Service("nothing")).Kind);
    }

    [Fact]
    public async Task a_second_upsert_replaces_the_first_and_the_journal_gives_the_same_view_back()
    {
        await SampleCatalog.SeedAsync(Catalog);
        var changed = await Catalog.UpsertServiceAsync(SampleCatalog.Service(kopecks: 350_000));

        Assert.Equal(new Money(350_000, "RUB"), changed.Service("massage").Price);
        Assert.Single(changed.Services);
        Assert.Equal(1, Chain.Host.CollectIdleActivations(TimeSpan.Zero));

        var reloaded = await Catalog.GetAsync();
        Assert.Equal(changed.Version, reloaded.Version);
        Assert.Equal(changed.Service("massage"), reloaded.Service("massage"));
        Assert.Equal(changed.Branch("center").OpeningHours, reloaded.Branch("center").OpeningHours);
    }
}
