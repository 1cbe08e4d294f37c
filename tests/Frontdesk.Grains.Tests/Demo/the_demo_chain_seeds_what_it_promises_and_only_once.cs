using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Demo;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Silo.Journal;

namespace Frontdesk.Grains.Tests.Demo;

public sealed class the_demo_chain_seeds_what_it_promises_and_only_once : OnFreshChain
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TestChain.DefaultNow.UtcDateTime);

    private DemoSeedReport _report = null!;
    private CatalogView _catalog = null!;

    protected override async Task GivenAsync()
    {
        _report = await Chain.Service<DemoChainSeeder>().SeedAsync(Today);
        _catalog = await Catalog.GetAsync();
    }

    [Fact]
    public async Task three_branches_in_two_time_zones_a_dozen_specialists_and_about_thirty_services_that_someone_performs()
    {
        Assert.True(_report.Seeded);
        Assert.True(await Catalog.IsSetUpAsync());
        Assert.Equal("RUB", _catalog.Profile.Currency);
        Assert.Equal("RU", _catalog.Profile.PhoneRegion);
        Assert.Equal(3, _catalog.Branches.Count);
        Assert.Equal(2, _catalog.Branches.Select(b => b.TimeZone).Distinct().Count());
        Assert.Equal(12, _catalog.Specialists.Count);
        Assert.InRange(_catalog.Services.Count, 25, 35);
        Assert.All(_catalog.Services, service => Assert.Contains(_catalog.Specialists, s => s.ServiceIds.Contains(service.Id)));
        Assert.All(_catalog.Specialists, s => Assert.All(s.ServiceIds, id => Assert.NotNull(_catalog.FindService(id))));
        Assert.All(_catalog.Services, s => Assert.Equal("RUB", s.Price.Currency));
        Assert.Contains(_catalog.Specialists, s => s.BranchIds.Count == 2);
    }

    [Fact]
    public void a_service_that_needs_a_room_or_device_has_one_where_its_specialists_work()
    {
        foreach (var service in _catalog.Services.Where(s => s.ResourceType is not null))
        {
            var branches = _catalog.Specialists.Where(s => s.ServiceIds.Contains(service.Id)).SelectMany(s => s.BranchIds).Distinct();
            Assert.All(branches, branch => Assert.NotEmpty(_catalog.ResourcesOf(branch, service.ResourceType!)));
        }
    }

    [Fact]
    public async Task every_specialist_works_in_the_coming_week_and_only_at_their_own_branches()
    {
        foreach (var specialist in _catalog.Specialists)
        {
            var days = await Schedule(specialist.Id).GetDaysAsync(Today, Today.AddDays(6));

            Assert.True(days.Count > 0, $"{specialist.Name} has no working day in the coming week");
            Assert.All(days, d => Assert.Contains(d.BranchId, specialist.BranchIds));
        }
        var twoBranches = _catalog.Specialists.Single(s => s.BranchIds.Count == 2);
        var week = await Schedule(twoBranches.Id).GetDaysAsync(Today, Today.AddDays(6));
        Assert.Equal(twoBranches.BranchIds.Order(), week.Select(d => d.BranchId).Distinct().Order());
    }

    [Fact]
    public async Task twenty_clients_are_registered_with_their_children_linked()
    {
        Assert.Equal(20, _report.Clients);
        var anna = Assert.Single(await Directory.SearchAsync("8 900 000-00-01"));
        Assert.Equal("Anna Ivanova", anna.Name);
        var sofia = Assert.Single(await Directory.SearchAsync("sofia"));
        Assert.Equal(anna.Id, sofia.OwnerId);
        var cards = (await Chain.Index.QueryAsync<ClientCard>(new IndexQuery(ClientIndexes.Clients))).Select(hit => hit.Data).ToList();
        Assert.Equal(20, cards.Count);
        Assert.Equal(2, cards.Count(c => c.OwnerId is not null));
        Assert.Equal(18, cards.SelectMany(c => c.Phones).Distinct().Count());
    }

    [Fact]
    public async Task a_second_run_writes_nothing_at_all()
    {
        var commits = Chain.Statistics.Commits;

        var again = await Chain.Service<DemoChainSeeder>().SeedAsync(Today.AddDays(3));

        Assert.False(again.Seeded);
        Assert.Equal(commits, Chain.Statistics.Commits);
        Assert.Equal(_catalog.Version, (await Catalog.GetAsync()).Version);
    }
}
