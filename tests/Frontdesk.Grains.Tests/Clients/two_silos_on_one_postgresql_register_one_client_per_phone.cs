using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Tests.Infrastructure;

namespace Frontdesk.Grains.Tests.Clients;

[Collection(PostgresCollection.Name)]
public sealed class two_silos_on_one_postgresql_register_one_client_per_phone(PostgresServer server)
{
    [Fact]
    public async Task twenty_registrations_of_one_phone_spread_over_both_nodes_answer_one_client()
    {
        var database = await server.CreateDatabaseAsync("clients");
        await using var east = await TestChain.StartOnPostgresAsync(database);
        await using var west = await TestChain.StartOnPostgresAsync(database);
        await east.Catalog.SetProfileAsync(SampleCatalog.Profile);
        // Both nodes hold the catalog and an unclaimed phone before the race, so both append the claim as version 1.
        foreach (var node in new[] { east, west })
        {
            await node.Catalog.GetAsync();
            Assert.Null(await node.Grains.GetGrain<IClientPhoneGrain>("+79031234567").GetOwnerAsync());
        }

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
        {
            var node = i % 2 == 0 ? east : west;
            return Task.Run(() => node.Service<ClientDirectory>().FindOrRegisterAsync(new NewClient("Ivan Sergeev", i % 3 == 0 ? "89031234567" : "+7 903 123-45-67")));
        }));

        var id = Assert.Single(answers.Select(a => a.Id).Distinct());
        Assert.Equal(id, Assert.Single(await east.Service<ClientDirectory>().SearchAsync("sergeev")).Id);
        Assert.Equal(id, Assert.Single(await west.Service<ClientDirectory>().SearchAsync("8 903 123 45 67")).Id);
        Assert.Equal(id, await west.Grains.GetGrain<IClientPhoneGrain>("+79031234567").GetOwnerAsync());
        Assert.True(east.Statistics.AppendConflicts + west.Statistics.AppendConflicts > 0, "no claim lost a race: the conflict path was not taken");
    }
}
