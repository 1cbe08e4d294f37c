using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Tests.Infrastructure;

namespace Frontdesk.Grains.Tests.Clients;

public sealed class a_client_is_found_by_part_of_a_name_or_a_phone_in_another_format : OnFreshChain
{
    protected override async Task GivenAsync()
    {
        await Catalog.SetProfileAsync(SampleCatalog.Profile);
        await Directory.FindOrRegisterAsync(new NewClient("Anna  Ivanova ", "+7 916 123-45-67", "anna@example.com"));
        await Directory.FindOrRegisterAsync(new NewClient("Ivan Petrov", "8 903 000 11 22"));
        await Directory.FindOrRegisterAsync(new NewClient("Maria Sidorova", "+44 20 7946 0958"));
    }

    [Theory]
    [InlineData("ivanova", "Anna Ivanova")]
    [InlineData("IVANOVA", "Anna Ivanova")]
    [InlineData("anna   iv", "Anna Ivanova")]
    [InlineData("ivan", "Anna Ivanova", "Ivan Petrov")]
    [InlineData("8 (916) 123-45-67", "Anna Ivanova")]
    [InlineData("+79161234567", "Anna Ivanova")]
    [InlineData("45-67", "Anna Ivanova")]
    [InlineData("+7 903 000-11-22", "Ivan Petrov")]
    [InlineData("7946 0958", "Maria Sidorova")]
    [InlineData("+44 20 7946 0958", "Maria Sidorova")]
    [InlineData("olga")]
    public async Task the_query_finds_exactly_these_clients_by_name(string query, params string[] names)
    {
        var found = await Directory.SearchAsync(query);

        Assert.Equal(names, found.Select(c => c.Name));
    }

    [Fact]
    public async Task the_limit_caps_the_answer_and_a_card_is_as_registered()
    {
        var found = Assert.Single(await Directory.SearchAsync("an", limit: 1));

        Assert.Equal("Anna Ivanova", found.Name);
        Assert.Equal("anna@example.com", found.Email);
        Assert.Equivalent(found, await Directory.GetAsync(found.Id), strict: true);
    }

    [Theory]
    [InlineData("", 20, "query")]
    [InlineData(" a ", 20, "query")]
    [InlineData("anna", 0, "limit")]
    [InlineData("anna", 101, "limit")]
    public async Task a_query_too_short_or_a_limit_out_of_range_is_invalid_naming_it(string query, int limit, string field)
    {
        var refusal = await Assert.ThrowsAsync<CommandRejectedException>(() => Directory.SearchAsync(query, limit));

        Assert.Equal(RejectionKind.Invalid, refusal.Kind);
        Assert.Contains(field, refusal.Details.Keys);
    }

    [Fact]
    public async Task an_unknown_client_is_not_found_and_a_malformed_id_is_invalid()
    {
        var unknown = await Assert.ThrowsAsync<CommandRejectedException>(() => Directory.GetAsync("cl-zzzzzzzzzzzz"));
        var malformed = await Assert.ThrowsAsync<CommandRejectedException>(() => Directory.GetAsync("../catalog"));

        Assert.Equal(RejectionKind.NotFound, unknown.Kind);
        Assert.Equal(RejectionKind.Invalid, malformed.Kind);
        Assert.Contains("id", malformed.Details.Keys);
    }
}
