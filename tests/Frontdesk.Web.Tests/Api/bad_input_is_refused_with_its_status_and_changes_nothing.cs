using System.Text.Json.Nodes;
using Frontdesk.Grains.Demo;
using Frontdesk.Web.Tests.Infrastructure;
using static Frontdesk.Web.Tests.Infrastructure.ApiClient;

namespace Frontdesk.Web.Tests.Api;

public sealed class bad_input_is_refused_with_its_status_and_changes_nothing(DemoApi api) : IClassFixture<DemoApi>
{
    private static readonly DateOnly NextMonday = DemoApi.Today.AddDays(7);
    private static readonly string DayPath = $"/api/days/{DemoBranches.Tverskaya}/{DemoSpecialists.ElenaSmirnova}/{Bodies.Date(NextMonday)}";

    /// <summary>A booking the day would take, then spoiled one way per case (null: the body is not JSON at all).</summary>
    private static readonly Dictionary<string, Func<JsonObject, string?>> Spoil = new()
    {
        ["zero services"] = b => Set(b, "serviceIds", new JsonArray()),
        ["an unknown service"] = b => Set(b, "serviceIds", new JsonArray("massage-on-the-moon")),
        ["an unknown specialist"] = b => Set(b, "specialistId", "nobody"),
        ["a service the specialist does not perform"] = b => Set(b, "serviceIds", new JsonArray("dent-checkup")),
        ["a date years away"] = b => Set(b, "date", "2031-12-01"),
        ["a date that has passed"] = b => Set(b, "date", Bodies.Date(DemoApi.Today.AddDays(-1))),
        ["a time outside working hours"] = b => Set(b, "start", "07:00"),
        ["a time that is not HH:mm"] = b => Set(b, "start", "25:00"),
        ["a date that is not yyyy-MM-dd"] = b => Set(b, "date", "30.11.2026"),
        ["a number where a time goes"] = b => Set(b, "start", 10),
        ["a string where a list goes"] = b => Set(b, "serviceIds", "massage-back"),
        ["a missing client"] = b => Remove(b, "client"),
        ["a null branch"] = b => Set(b, "branchId", null),
        ["a client with neither id nor name"] = b => Set(b, "client", new JsonObject()),
        ["an unknown source"] = b => Set(b, "source", "carrier-pigeon"),
        ["a source given by number"] = b => Set(b, "source", 1),
        ["malformed JSON"] = b => b.ToJsonString()[..^5],
    };

    public static TheoryData<string, int, string, string?> Cases => new()
    {
        { "zero services", 400, "no-services", null },
        { "an unknown service", 404, "unknown-service", null },
        { "an unknown specialist", 404, "unknown-specialist", null },
        { "a service the specialist does not perform", 422, "service-not-performed", null },
        { "a date years away", 422, "beyond-horizon", null },
        { "a date that has passed", 422, "date-in-the-past", null },
        { "a time outside working hours", 422, "outside-working-hours", null },
        { "a time that is not HH:mm", 400, "invalid-json", "start" },
        { "a date that is not yyyy-MM-dd", 400, "invalid-json", "date" },
        { "a number where a time goes", 400, "invalid-json", "start" },
        { "a string where a list goes", 400, "invalid-json", "serviceIds" },
        { "a missing client", 400, "invalid-json", "client" },
        { "a null branch", 400, "invalid-json", "branchId" },
        { "a client with neither id nor name", 400, "invalid-client", null },
        { "an unknown source", 400, "invalid-json", "source" },
        { "a source given by number", 400, "invalid-json", "source" },
        { "malformed JSON", 400, "invalid-json", null },
    };

    private async Task<long> VersionAsync() => (await api.Client.GetJsonAsync(DayPath)).GetProperty("version").GetInt64();

    private async Task<JsonObject> ValidBookingAsync()
    {
        var anna = await api.Client.ClientIdAsync("anna ivanova");
        return new JsonObject
        {
            ["branchId"] = DemoBranches.Tverskaya, ["specialistId"] = DemoSpecialists.ElenaSmirnova, ["date"] = Bodies.Date(NextMonday), ["start"] = "11:00",
            ["serviceIds"] = new JsonArray("massage-back"), ["client"] = new JsonObject { ["id"] = anna },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task a_booking_with_bad_input_is_refused_as_problem_details_naming_what_is_wrong(string spoiled, int status, string code, string? field)
    {
        var version = await VersionAsync();

        var refused = await api.Client.SendRawAsync(HttpMethod.Post, "/api/bookings", Spoil[spoiled](await ValidBookingAsync()), NewKey());

        var problem = await JsonOf(refused, status);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        if (field is not null) Assert.Contains(field, problem.GetProperty("field").GetString());
        Assert.Equal(version, await VersionAsync());
    }

    [Fact]
    public async Task the_valid_booking_the_cases_spoil_is_taken()
    {
        var version = await VersionAsync();
        var body = await ValidBookingAsync();
        body["start"] = "16:00";

        await JsonOf(await api.Client.SendRawAsync(HttpMethod.Post, "/api/bookings", body.ToJsonString(), NewKey()), 201);

        Assert.True(await VersionAsync() > version);
    }

    [Fact]
    public async Task a_ten_megabyte_body_is_413_and_a_body_that_is_not_json_is_415()
    {
        var version = await VersionAsync();
        var huge = (await ValidBookingAsync()).ToJsonString().Replace("\"client\"", $"\"notes\":\"{new string('x', 10 * 1024 * 1024)}\",\"client\"");

        var tooLarge = await api.Client.SendRawAsync(HttpMethod.Post, "/api/bookings", huge, NewKey());
        var notJson = await api.Client.SendRawAsync(HttpMethod.Post, "/api/bookings", (await ValidBookingAsync()).ToJsonString(), NewKey(), "text/plain");

        Assert.Equal("body-too-large", (await JsonOf(tooLarge, 413)).GetProperty("code").GetString());
        Assert.Equal("unsupported-media-type", (await JsonOf(notJson, 415)).GetProperty("code").GetString());
        Assert.Equal(version, await VersionAsync());
    }

    [Theory]
    [InlineData("/api/days/moscow-tverskaya/elena-smirnova/2026-02-30", "invalid-date")]
    [InlineData("/api/branches/moscow-tverskaya/calendar/tomorrow", "invalid-date")]
    [InlineData("/api/days/moscow-tverskaya/elena-smirnova/2026-11-30/free-starts?services=massage-back&step=often", "bad-request")]
    [InlineData("/api/availability/nearest?branch=moscow-tverskaya", "bad-request")]
    [InlineData("/api/availability/nearest?service=massage-back&from=30.11.2026", "invalid-date")]
    public async Task a_bad_value_in_the_address_is_400_naming_it(string path, string code)
    {
        var refused = await api.Client.GetAsync(path);

        Assert.Equal(code, (await JsonOf(refused, 400)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task a_command_on_a_booking_that_does_not_exist_is_404_and_on_a_number_that_is_not_one_too()
    {
        var missing = await api.Client.PostAsync("/api/bookings/TVR-261130-1-999/confirm");
        var nonsense = await api.Client.PostAsync("/api/bookings/not-a-number/cancel", new { reason = "typo" });

        Assert.Equal("unknown-booking", (await JsonOf(missing, 404)).GetProperty("code").GetString());
        Assert.Equal("unknown-booking", (await JsonOf(nonsense, 404)).GetProperty("code").GetString());
    }

    private static string? Set(JsonObject body, string name, JsonNode? value)
    {
        body[name] = value;
        return body.ToJsonString();
    }

    private static string? Remove(JsonObject body, string name)
    {
        body.Remove(name);
        return body.ToJsonString();
    }
}
