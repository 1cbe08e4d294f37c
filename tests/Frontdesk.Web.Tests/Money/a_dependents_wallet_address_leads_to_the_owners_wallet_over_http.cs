using Frontdesk.Web.Tests.Infrastructure;
using static Frontdesk.Web.Tests.Infrastructure.ApiClient;

namespace Frontdesk.Web.Tests.Money;

public sealed class a_dependents_wallet_address_leads_to_the_owners_wallet_over_http(DemoApi api) : IClassFixture<DemoApi>
{
    [Fact]
    public async Task a_deposit_through_the_childs_card_lands_on_the_parents_wallet_and_a_refund_beyond_it_is_refused()
    {
        var parent = (await JsonOf(await api.Client.PostAsync("/api/clients", new { name = "Olga Roditel", phone = "+79005552001" }), 200)).GetProperty("id").GetString()!;
        var child = (await JsonOf(await api.Client.PostAsync("/api/clients", new { name = "Misha Roditel", phone = (string?)null, ownerId = parent }), 200)).GetProperty("id").GetString()!;

        await JsonOf(await api.Client.PostAsync($"/api/clients/{child}/wallet/deposits", new { amount = 300_000, method = "Cash", kind = "Prepayment", bookingNumber = "TVR-261130-1-1" }), 201);
        var refused = await api.Client.PostAsync($"/api/clients/{parent}/wallet/refunds", new { amount = 300_001, method = "Cash", reason = "changed plans" });
        var refund = await JsonOf(await api.Client.PostAsync($"/api/clients/{parent}/wallet/refunds", new { amount = 100_000, method = "Cash", reason = "changed plans" }), 201);
        var viaChild = await api.Client.GetJsonAsync($"/api/clients/{child}/wallet");
        var dependents = await api.Client.GetJsonAsync($"/api/clients/{parent}/dependents");
        var badEdit = await api.Client.SendAsync(HttpMethod.Put, $"/api/clients/{child}", new { name = " ", email = "nobody" });

        Assert.Equal(parent, viaChild.GetProperty("clientId").GetString());
        Assert.Equal(200_000, viaChild.GetProperty("balance").GetInt64());
        Assert.Equal(["Prepayment", "Refund"], viaChild.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(-100_000, refund.GetProperty("amount").GetProperty("minor").GetInt64());
        var problem = await JsonOf(refused, 409);
        Assert.Equal(("insufficient-funds", 300_000), (problem.GetProperty("code").GetString(), problem.GetProperty("available").GetInt64()));
        Assert.Equal(child, Assert.Single(dependents.EnumerateArray()).GetProperty("id").GetString());
        var invalid = await JsonOf(badEdit, 400);
        Assert.Equal("invalid-client", invalid.GetProperty("code").GetString());
        Assert.True(invalid.TryGetProperty("email", out _) && invalid.TryGetProperty("name", out _), invalid.ToString());
    }
}
