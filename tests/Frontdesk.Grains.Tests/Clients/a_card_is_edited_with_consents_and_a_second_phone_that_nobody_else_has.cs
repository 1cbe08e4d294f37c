using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Tests.Infrastructure;

namespace Frontdesk.Grains.Tests.Clients;

public sealed class a_card_is_edited_with_consents_and_a_second_phone_that_nobody_else_has : OnFreshChain
{
    protected override Task GivenAsync() => Catalog.SetProfileAsync(SampleCatalog.Profile);

    [Fact]
    public async Task details_consents_and_a_phone_are_kept_and_searchable_and_a_taken_phone_is_refused()
    {
        var anna = await Directory.FindOrRegisterAsync(new NewClient("Anna Lebedeva", "+79161110000"));
        var boris = await Directory.FindOrRegisterAsync(new NewClient("Boris Lebedev", "+79162220000"));

        var edited = await Directory.EditAsync(anna.Id, new ClientDetails("  Anna   Lebedeva-Orlova ", "anna@example.org", new DateOnly(1990, 5, 17),
            "Instagram", "Allergic to almond oil", [new ConsentChoice("sms", true), new ConsentChoice("photos", false)]));
        var withPhone = await Directory.AddPhoneAsync(anna.Id, "8 (903) 555-12-34");
        var taken = await Assert.ThrowsAsync<CommandRejectedException>(() => Directory.AddPhoneAsync(anna.Id, "+7 916 222-00-00"));
        var badEmail = await Assert.ThrowsAsync<CommandRejectedException>(() => Directory.EditAsync(anna.Id, new ClientDetails("Anna", "not-an-address")));

        Assert.Equal(("Anna Lebedeva-Orlova", "Instagram"), (edited.Name, edited.FoundUsBy));
        Assert.Equal([("sms", true), ("photos", false)], edited.Consents!.Select(c => (c.Kind, c.Given)));
        Assert.Equal(["+79161110000", "+79035551234"], withPhone.Phones);
        Assert.Equal(("phone-taken", boris.Id), (taken.Code, taken.Details["ownerId"]));
        Assert.Equal("invalid-client", badEmail.Code);
        Assert.Equal(anna.Id, Assert.Single(await Directory.SearchAsync("555-12-34")).Id);
        Assert.Equal(anna.Id, Assert.Single(await Directory.SearchAsync("orlova")).Id);
    }

    [Fact]
    public async Task an_owners_dependents_are_listed_with_their_own_cards()
    {
        var owner = await Directory.FindOrRegisterAsync(new NewClient("Pavel Sobakin", "+79163330000"));
        await Directory.FindOrRegisterAsync(new NewClient("Rex", null, Notes: "German shepherd, 4 years", OwnerId: owner.Id));
        await Directory.FindOrRegisterAsync(new NewClient("Bella", null, Notes: "Cat", OwnerId: owner.Id));

        var dependents = await Directory.DependentsAsync(owner.Id);

        Assert.Equal(["Bella", "Rex"], dependents.Select(d => d.Name));
        Assert.All(dependents, d => Assert.Equal(owner.Id, d.OwnerId));
    }
}
