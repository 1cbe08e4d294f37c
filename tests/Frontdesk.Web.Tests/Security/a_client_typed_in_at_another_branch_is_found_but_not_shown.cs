using Frontdesk.Grains.Demo;
using Frontdesk.TestSupport.Security;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Security;

public sealed class a_client_typed_in_at_another_branch_is_found_but_not_shown(DemoApi api) : IClassFixture<DemoApi>
{
    [Fact]
    public async Task the_other_branch_gets_the_same_client_id_without_contacts_or_notes_and_the_home_branch_gets_the_whole_card()
    {
        // A client who has only ever visited Tverskaya, with an e-mail and a note.
        var tverskaya = await MatrixData.OfAsync(api.Client, DemoBranches.Tverskaya, 77);
        await ApiClient.JsonOf(await api.Client.SendAsync(HttpMethod.Put, $"/api/clients/{tverskaya.ClientId}",
            new { name = "Matrix Client", email = "matrix@example.com", notes = "Allergic to lavender" }), 200);
        using var arbat = await api.As(SignIn.Demo("reception", DemoBranches.Arbat));
        using var home = await api.As(SignIn.Demo("reception", DemoBranches.Tverskaya));
        var typed = new { name = "Someone", phone = "+7 901 555-00-77" };

        var there = await ApiClient.JsonOf(await arbat.PostAsync("/api/clients", typed), 200);
        var here = await ApiClient.JsonOf(await home.PostAsync("/api/clients", typed), 200);

        Assert.Equal(tverskaya.ClientId, there.GetProperty("id").GetString());
        Assert.Equal(0, there.GetProperty("phones").GetArrayLength());
        Assert.DoesNotContain("matrix@example.com", there.GetRawText());
        Assert.DoesNotContain("lavender", there.GetRawText());
        Assert.Equal("matrix@example.com", here.GetProperty("email").GetString());
        Assert.Equal("Allergic to lavender", here.GetProperty("notes").GetString());
    }
}
