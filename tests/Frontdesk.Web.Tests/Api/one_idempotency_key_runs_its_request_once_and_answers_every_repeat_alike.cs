using System.Net;
using System.Text.Json;
using Frontdesk.Grains.Demo;
using Frontdesk.Web.Tests.Infrastructure;
using static Frontdesk.Web.Tests.Infrastructure.ApiClient;

namespace Frontdesk.Web.Tests.Api;

public sealed class one_idempotency_key_runs_its_request_once_and_answers_every_repeat_alike(DemoApi api) : IClassFixture<DemoApi>
{
    // Pavel Orlov, hair stylist at Arbat, Wednesday to Sunday 10:00–14:00 and 14:45–20:00; his services need no room.
    private static readonly DateOnly Wednesday = DemoApi.Today.AddDays(9);
    private static readonly string DayPath = $"/api/days/{DemoBranches.Arbat}/{DemoSpecialists.PavelOrlov}/{Bodies.Date(Wednesday)}";

    private async Task<string> BodyAsync(string start) => JsonSerializer.Serialize(
        Bodies.Booking(DemoBranches.Arbat, DemoSpecialists.PavelOrlov, Wednesday, start, ["salon-haircut-women"], Bodies.ClientById(await api.Client.ClientIdAsync("anna ivanova"))),
        new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private async Task<JsonElement> DayAsync() => await api.Client.GetJsonAsync(DayPath);

    [Fact]
    public async Task fifty_concurrent_sends_of_one_key_make_one_booking_and_fifty_byte_identical_answers()
    {
        var key = NewKey();
        var body = await BodyAsync("10:00");

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => api.Client.SendRawAsync(HttpMethod.Post, "/api/bookings", body, key)));
        var answers = await Task.WhenAll(responses.Select(async r => ((int)r.StatusCode, await r.Content.ReadAsStringAsync(), r.Headers.Location?.ToString())));
        var later = await api.Client.SendRawAsync(HttpMethod.Post, "/api/bookings", body, key);

        Assert.Single(answers.Distinct());
        Assert.Equal(201, answers[0].Item1);
        // Exactly one of them ran; the others were answered from its recorded response.
        Assert.Single(responses, r => !r.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(answers[0], ((int)later.StatusCode, await later.Content.ReadAsStringAsync(), later.Headers.Location?.ToString()));
        Assert.Equal("true", later.Headers.GetValues("Idempotent-Replayed").Single());
        var bookings = (await DayAsync()).GetProperty("bookings").EnumerateArray().Where(b => b.GetProperty("start").GetString()!.Contains("T07:00")).ToList();
        Assert.Single(bookings);
    }

    [Fact]
    public async Task a_key_reused_with_another_body_is_refused_and_changes_nothing()
    {
        var key = NewKey();
        await JsonOf(await api.Client.SendRawAsync(HttpMethod.Post, "/api/bookings", await BodyAsync("12:00"), key), 201);
        var version = (await DayAsync()).GetProperty("version").GetInt64();

        var reused = await api.Client.SendRawAsync(HttpMethod.Post, "/api/bookings", await BodyAsync("16:00"), key);
        var otherAddress = await api.Client.SendRawAsync(HttpMethod.Post, "/api/holds", await BodyAsync("12:00"), key);

        var problem = await JsonOf(reused, 422);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("idempotency-key-reused", problem.GetProperty("code").GetString());
        Assert.Contains("Idempotency-Key reused with a different request", problem.GetProperty("detail").GetString());
        Assert.Equal(422, (int)otherAddress.StatusCode);
        Assert.Equal(version, (await DayAsync()).GetProperty("version").GetInt64());
    }

    [Theory]
    [InlineData(null, "idempotency-key-required")]
    [InlineData("", "idempotency-key-required")]
    [InlineData("has spaces in it", "idempotency-key-invalid")]
    [InlineData(201, "idempotency-key-invalid")]
    public async Task a_change_without_a_usable_key_is_refused_saying_how_to_send_one(object? key, string code)
    {
        var version = (await DayAsync()).GetProperty("version").GetInt64();
        var sent = key is int length ? new string('k', length) : (string?)key;

        var refused = await api.Client.SendRawAsync(HttpMethod.Post, "/api/bookings", await BodyAsync("17:00"), sent);

        var problem = await JsonOf(refused, 400);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Contains("Idempotency-Key: <a new UUID>", problem.GetProperty("detail").GetString());
        Assert.Equal(version, (await DayAsync()).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task a_refusal_is_the_keys_answer_too_even_once_the_slot_is_free_again()
    {
        var blocker = await JsonOf(await api.Client.PostAsync("/api/bookings", JsonSerializer.Deserialize<JsonElement>(await BodyAsync("18:00"))), 201);
        var key = NewKey();
        var first = await api.Client.SendRawAsync(HttpMethod.Post, "/api/bookings", await BodyAsync("18:15"), key);
        var firstText = await first.Content.ReadAsStringAsync();
        await JsonOf(await api.Client.PostAsync($"/api/bookings/{blocker.GetProperty("number").GetString()}/cancel", new { reason = "Client called" }), 200);

        var again = await api.Client.SendRawAsync(HttpMethod.Post, "/api/bookings", await BodyAsync("18:15"), key);
        var withNewKey = await api.Client.SendRawAsync(HttpMethod.Post, "/api/bookings", await BodyAsync("18:15"), NewKey());

        Assert.Equal(HttpStatusCode.Conflict, first.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, firstText), (again.StatusCode, await again.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Created, withNewKey.StatusCode);
    }

    [Fact]
    public async Task reads_need_no_key()
    {
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync(DayPath)).StatusCode);
    }
}
