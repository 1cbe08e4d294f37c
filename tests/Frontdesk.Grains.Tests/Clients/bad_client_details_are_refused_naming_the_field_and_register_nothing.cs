using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Tests.Infrastructure;

namespace Frontdesk.Grains.Tests.Clients;

public sealed class bad_client_details_are_refused_naming_the_field_and_register_nothing : OnFreshChain
{
    protected override async Task GivenAsync()
    {
        await Catalog.SetProfileAsync(SampleCatalog.Profile);
    }

    public static TheoryData<NewClient, string[]> Bad => new()
    {
        { new NewClient("", "+7 916 123-45-67"), ["name"] },
        { new NewClient("   ", "+7 916 123-45-67"), ["name"] },
        { new NewClient(new string('a', 201), "+7 916 123-45-67"), ["name"] },
        { new NewClient("Anna Ivanova", null), ["phone"] },
        { new NewClient("Anna Ivanova", "12345"), ["phone"] },
        { new NewClient("Anna Ivanova", "call me maybe"), ["phone"] },
        { new NewClient("Anna Ivanova", "+7 916 123-45-67", Email: "anna@"), ["email"] },
        { new NewClient("Anna Ivanova", "+7 916 123-45-67", Email: "anna ivanova@example.com"), ["email"] },
        { new NewClient("Anna Ivanova", "+7 916 123-45-67", Birthday: new DateOnly(2030, 1, 1)), ["birthday"] },
        { new NewClient("Anna Ivanova", "+7 916 123-45-67", OwnerId: "anna"), ["ownerId"] },
        { new NewClient("Anna Ivanova", "+7 916 123-45-67", Notes: new string('n', 2001)), ["notes"] },
        { new NewClient("", "not a phone", Email: "@", OwnerId: "x"), ["name", "phone", "email", "ownerId"] },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public async Task the_refusal_is_invalid_and_names_each_wrong_field(NewClient client, string[] fields)
    {
        var refusal = await Assert.ThrowsAsync<CommandRejectedException>(() => Directory.FindOrRegisterAsync(client));

        Assert.Equal(RejectionKind.Invalid, refusal.Kind);
        Assert.Equal("invalid-client", refusal.Code);
        Assert.Equal(fields.Order(), refusal.Details.Keys.Order());
        Assert.Null(await Chain.Grains.GetGrain<IClientPhoneGrain>("+79161234567").GetOwnerAsync());
        Assert.Empty(await Directory.SearchAsync("anna"));
    }

    [Fact]
    public async Task the_grains_refuse_what_did_not_come_through_the_directory()
    {
        var card = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            Chain.Grains.GetGrain<IClientGrain>("cl-aaaaaaaaaaaa").RegisterAsync(new NewClient("Anna", "8 916 123-45-67")));
        var key = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            Chain.Grains.GetGrain<IClientGrain>("anna").RegisterAsync(new NewClient("Anna", "+79161234567")));
        var claim = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            Chain.Grains.GetGrain<IClientPhoneGrain>("89161234567").ClaimAsync("cl-aaaaaaaaaaaa"));

        Assert.Contains("phone", card.Details.Keys);
        Assert.Contains("id", key.Details.Keys);
        Assert.Contains("phone", claim.Details.Keys);
        Assert.Null(await Chain.Grains.GetGrain<IClientGrain>("cl-aaaaaaaaaaaa").GetAsync());
    }

    [Fact]
    public async Task phones_are_read_in_the_chains_region()
    {
        await Catalog.SetProfileAsync(SampleCatalog.Profile with { PhoneRegion = "GB" });

        var card = await Directory.FindOrRegisterAsync(new NewClient("Maria Sidorova", "020 7946 0958"));

        Assert.Equal(["+442079460958"], card.Phones);
    }
}
