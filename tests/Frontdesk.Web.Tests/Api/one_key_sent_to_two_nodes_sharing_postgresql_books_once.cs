using Frontdesk.TestSupport.Security;
using System.Text.Json;
using Frontdesk.Grains.Demo;
using Frontdesk.TestSupport;
using Frontdesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Frontdesk.Web.Tests.Infrastructure.ApiClient;

namespace Frontdesk.Web.Tests.Api;

public sealed class one_key_sent_to_two_nodes_sharing_postgresql_books_once : IAsyncLifetime
{
    private static readonly DateOnly Thursday = DemoApi.Today.AddDays(10);
    private TemporaryPostgres _postgres = null!;

    public async Task InitializeAsync() => _postgres = await TemporaryPostgres.StartAsync();

    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    private FrontdeskFactory Node(string database, bool seed) => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Frontdesk"] = database,
        ["Frontdesk:Demo:Seed"] = seed ? "true" : "false",
    }, services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(DemoApi.Now)));

    [Fact]
    public async Task concurrent_repeats_on_both_nodes_get_one_answer_and_the_day_one_booking()
    {
        var database = await _postgres.CreateDatabaseAsync("api");
        await using var first = Node(database, seed: true);
        // One person at two nodes: a key is its caller's, so both sign in as the same account.
        using var one = new ApiClient(await first.SignedInAsync(SignIn.DemoOwner, SignIn.DemoPassword));
        await using var second = Node(database, seed: false);
        using var two = new ApiClient(await second.SignedInAsync(SignIn.DemoOwner, SignIn.DemoPassword));
        var anna = await two.ClientIdAsync("anna ivanova");
        var body = JsonSerializer.Serialize(Bodies.Booking(DemoBranches.Arbat, DemoSpecialists.PavelOrlov, Thursday, "11:00", ["salon-haircut-men"],
            Bodies.ClientById(anna)), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var key = NewKey();

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? one : two).SendRawAsync(HttpMethod.Post, "/api/bookings", body, key)));
        var answers = await Task.WhenAll(responses.Select(async r => ((int)r.StatusCode, await r.Content.ReadAsStringAsync(), r.Headers.Location?.ToString())));
        var day = await two.GetJsonAsync($"/api/days/{DemoBranches.Arbat}/{DemoSpecialists.PavelOrlov}/{Bodies.Date(Thursday)}");

        Assert.Single(answers.Distinct());
        Assert.Equal(201, answers[0].Item1);
        // A claim is an in-memory lease per node: each node runs the key at most once (its other repeats wait for it), and
        // when both run at once the operation id keeps the day to one booking and the first recorded answer is everyone's.
        // (With only one node warmed up beforehand, the other used to arrive after the record and replay it.)
        Assert.InRange(responses.Count(r => !r.Headers.Contains("Idempotent-Replayed")), 1, 2);
        Assert.Single(day.GetProperty("bookings").EnumerateArray());
    }
}
