using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Tests.Infrastructure;

namespace Frontdesk.Grains.Tests.Clients;

public sealed class a_dependent_belongs_to_an_existing_owner_and_is_found_again_by_name : OnFreshChain
{
    private ClientCard _mother = null!;

    protected override async Task GivenAsync()
    {
        await Catalog.SetProfileAsync(SampleCatalog.Profile);
        _mother = await Directory.FindOrRegisterAsync(new NewClient("Anna Ivanova", "+7 916 123-45-67"));
    }

    [Fact]
    public async Task a_child_without_a_phone_gets_a_card_of_their_own_linked_to_the_owner_and_a_retry_finds_it()
    {
        var child = await Directory.FindOrRegisterAsync(new NewClient("Sofia Ivanova", null, Birthday: new(2019, 6, 2), OwnerId: _mother.Id));
        var again = await Directory.FindOrRegisterAsync(new NewClient("sofia  IVANOVA", "", OwnerId: _mother.Id));

        Assert.NotEqual(_mother.Id, child.Id);
        Assert.Equal(_mother.Id, child.OwnerId);
        Assert.Empty(child.Phones);
        Assert.Equivalent(child, again, strict: true);
        Assert.Equal(new[] { _mother.Id, child.Id }, (await Directory.SearchAsync("ivanova")).Select(c => c.Id));
    }

    [Fact]
    public async Task a_child_given_the_mothers_phone_is_still_the_child_and_the_phone_still_finds_the_mother()
    {
        var child = await Directory.FindOrRegisterAsync(new NewClient("Sofia Ivanova", "8 916 123 45 67", OwnerId: _mother.Id));

        Assert.NotEqual(_mother.Id, child.Id);
        Assert.Equal(["+79161234567"], child.Phones);
        Assert.Equivalent(_mother, await Directory.FindOrRegisterAsync(new NewClient("Anna Ivanova", "89161234567")), strict: true);
        Assert.Equal(new[] { _mother.Id, child.Id }, (await Directory.SearchAsync("+7 916 123-45-67")).Select(c => c.Id));
    }

    [Fact]
    public async Task a_teenager_with_a_phone_of_their_own_owns_it()
    {
        var son = await Directory.FindOrRegisterAsync(new NewClient("Kirill Ivanov", "+7 926 000 00 77", OwnerId: _mother.Id));

        Assert.Equivalent(son, await Directory.FindOrRegisterAsync(new NewClient("Kirill", "8 926 000-00-77")), strict: true);
    }

    [Fact]
    public async Task an_owner_that_is_no_client_or_is_itself_a_dependent_is_refused_naming_the_owner()
    {
        var child = await Directory.FindOrRegisterAsync(new NewClient("Sofia Ivanova", null, OwnerId: _mother.Id));

        var unknown = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            Directory.FindOrRegisterAsync(new NewClient("Rex", null, OwnerId: "cl-zzzzzzzzzzzz")));
        var nested = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            Directory.FindOrRegisterAsync(new NewClient("Barsik", null, OwnerId: child.Id)));

        Assert.All(new[] { unknown, nested }, refusal => Assert.Equal(RejectionKind.Invalid, refusal.Kind));
        Assert.All(new[] { unknown, nested }, refusal => Assert.Contains("ownerId", refusal.Details.Keys));
        Assert.Empty(await Directory.SearchAsync("rex"));
        Assert.Empty(await Directory.SearchAsync("barsik"));
    }
}
