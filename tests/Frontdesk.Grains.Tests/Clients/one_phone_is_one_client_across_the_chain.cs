using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Tests.Infrastructure;

namespace Frontdesk.Grains.Tests.Clients;

public sealed class one_phone_is_one_client_across_the_chain : OnFreshChain
{
    protected override async Task GivenAsync()
    {
        await Catalog.SetProfileAsync(SampleCatalog.Profile);
    }

    [Fact]
    public async Task the_ways_reception_types_one_russian_mobile_all_find_the_client_registered_by_the_first()
    {
        var first = await Directory.FindOrRegisterAsync(new NewClient("Anna Ivanova", "8 (916) 123-45-67"));

        var second = await Directory.FindOrRegisterAsync(new NewClient("Anna", "+7 916 123 45 67"));
        var third = await Directory.FindOrRegisterAsync(new NewClient("A. Ivanova", "89161234567"));

        Assert.Matches("^cl-[a-z2-7]{12}$", first.Id);
        Assert.Equal(["+79161234567"], first.Phones);
        Assert.Equivalent(first, second, strict: true);
        Assert.Equivalent(first, third, strict: true);
        Assert.Equal(first.Id, await Chain.Grains.GetGrain<IClientPhoneGrain>("+79161234567").GetOwnerAsync());
    }

    [Fact]
    public async Task twenty_receptionists_registering_one_phone_at_once_make_one_client()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => Directory.FindOrRegisterAsync(new NewClient($"Maria Petrova {i}", i % 2 == 0 ? "+7 903 555-01-23" : "8 903 555 01 23")))));

        var id = Assert.Single(answers.Select(a => a.Id).Distinct());
        Assert.Single(answers.Select(a => a.Name).Distinct());
        Assert.Equal(id, Assert.Single(await Directory.SearchAsync("+79035550123")).Id);
    }

    [Fact]
    public async Task a_phone_claimed_by_a_registration_that_crashed_before_its_card_gets_that_card_on_the_next_attempt()
    {
        const string orphan = "cl-abcdefghijkm";
        Assert.Equal(orphan, await Chain.Grains.GetGrain<IClientPhoneGrain>("+79161112233").ClaimAsync(orphan));
        Assert.Null(await Chain.Grains.GetGrain<IClientGrain>(orphan).GetAsync());

        var card = await Directory.FindOrRegisterAsync(new NewClient("Olga Kozlova", "8 916 111-22-33"));

        Assert.Equal(orphan, card.Id);
        Assert.Equal("Olga Kozlova", card.Name);
        Assert.Equivalent(card, await Directory.GetAsync(orphan), strict: true);
        Assert.Equal(orphan, Assert.Single(await Directory.SearchAsync("kozlova")).Id);
    }

    [Fact]
    public async Task a_claimed_phone_keeps_its_first_owner_and_the_card_outlives_its_activation()
    {
        var phone = Chain.Grains.GetGrain<IClientPhoneGrain>("+79161112233");
        Assert.Equal("cl-aaaaaaaaaaaa", await phone.ClaimAsync("cl-aaaaaaaaaaaa"));
        Assert.Equal("cl-aaaaaaaaaaaa", await phone.ClaimAsync("cl-bbbbbbbbbbbb"));
        var card = await Directory.FindOrRegisterAsync(new NewClient("Olga Kozlova", "+79161112233"));
        Chain.Host.CollectIdleActivations(TimeSpan.Zero);

        Assert.Equal("cl-aaaaaaaaaaaa", await phone.GetOwnerAsync());
        Assert.Equivalent(card, await Directory.GetAsync("cl-aaaaaaaaaaaa"), strict: true);
        Assert.Equal(Chain.Time.GetUtcNow(), card.CreatedAt);
    }
}
