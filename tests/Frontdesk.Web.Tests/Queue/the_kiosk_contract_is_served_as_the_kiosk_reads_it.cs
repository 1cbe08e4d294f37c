using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontdesk.TestSupport;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Queue;

public sealed class the_kiosk_contract_is_served_as_the_kiosk_reads_it : QueueHttpTest
{
    [Fact]
    public async Task the_lines_name_the_branch_its_zone_and_each_line_with_its_prefix()
    {
        var lines = await Api.GetAsync($"{Api.Branch}/lines");

        Assert.Equal(("moscow-tverskaya", "White Lily on Tverskaya", "Europe/Moscow"),
            (lines.GetProperty("branch").GetProperty("id").GetString(), lines.GetProperty("branch").GetProperty("name").GetString(),
             lines.GetProperty("branch").GetProperty("timeZone").GetString()));
        Assert.Equal(["A reception Reception", "B cashier Cashier", "C lab Lab tests"], lines.GetProperty("lines").EnumerateArray()
            .Select(l => $"{l.GetProperty("prefix").GetString()} {l.GetProperty("id").GetString()} {l.GetProperty("name").GetString()}"));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/queue/branches/nowhere/lines")).StatusCode);
    }

    [Fact]
    public async Task a_ticket_has_every_field_the_kiosk_requires_and_the_same_key_gives_the_same_body()
    {
        using var first = await Api.IssueAsync("reception", "press-1", new { source = "kiosk", kioskId = "lobby-1" });
        var body = await first.Content.ReadAsStringAsync();
        using var again = await Api.IssueAsync("reception", "press-1", new { source = "kiosk", kioskId = "lobby-1" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(body, await again.Content.ReadAsStringAsync());
        var ticket = JsonDocument.Parse(body).RootElement;
        Assert.Equal(["ticketId", "number", "lineId", "lineName", "branchName", "issuedAt", "localTime", "peopleAhead", "estimatedWaitMinutes", "statusUrl"],
            ticket.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("A-001", "reception", "Reception", 0), (ticket.GetProperty("number").GetString(), ticket.GetProperty("lineId").GetString(),
            ticket.GetProperty("lineName").GetString(), ticket.GetProperty("peopleAhead").GetInt32()));
        Assert.Equal(JsonValueKind.Null, ticket.GetProperty("estimatedWaitMinutes").ValueKind);
        var issuedAt = ticket.GetProperty("issuedAt").GetDateTimeOffset();
        var local = DateTimeOffset.Parse(ticket.GetProperty("localTime").GetString()!);
        Assert.Equal((TimeSpan.Zero, TimeSpan.FromHours(3)), (issuedAt.Offset, local.Offset));
        Assert.Equal(issuedAt.UtcDateTime.AddTicks(-(issuedAt.Ticks % TimeSpan.TicksPerSecond)), local.UtcDateTime);
        Assert.Equal($"http://localhost/ticket/{ticket.GetProperty("ticketId").GetString()}", ticket.GetProperty("statusUrl").GetString());
        Assert.Equal(new Uri($"/api/queue/tickets/{ticket.GetProperty("ticketId").GetString()}", UriKind.Relative), first.Headers.Location);
    }

    [Fact]
    public async Task fifty_concurrent_requests_with_one_key_get_one_number_and_one_body()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Api.IssueAsync("cashier", "one-press", new { source = "kiosk", kioskId = "lobby-2" })));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var next = await Api.IssuedAsync("cashier");

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(bodies.Distinct());
        Assert.Equal("B-001", JsonDocument.Parse(bodies[0]).RootElement.GetProperty("number").GetString());
        Assert.Equal("B-002", next.GetProperty("number").GetString());
    }

    [Theory]
    [InlineData("reception", "key", """{"source":"kiosk","bookingCode":"not a code"}""", "application/json", 400, "invalid-booking-code")]
    [InlineData("reception", "key", """{"source":"kiosk","bookingCode":"FD1:TVR-990101-1-1:secret"}""", "application/json", 422, "booking-not-today")]
    [InlineData("reception", "key", """{"source":"kiosk","bookingCode":"FD1:ARB-990101-1-1:secret"}""", "application/json", 422, "booking-elsewhere")]
    [InlineData("reception", null, """{"source":"kiosk"}""", "application/json", 400, "idempotency-key-required")]
    [InlineData("reception", "key", """{"source":"robot"}""", "application/json", 400, "invalid-request")]
    [InlineData("reception", "key", """{"source":"kiosk","priority":"vip"}""", "application/json", 400, "unknown-priority")]
    [InlineData("x-ray", "key", """{"source":"kiosk"}""", "application/json", 404, "unknown-line")]
    [InlineData("reception", "key", """{"source":""", "application/json", 400, null)]
    [InlineData("reception", "key", """{"source":5}""", "application/json", 400, null)]
    [InlineData("reception", "key", "source=kiosk", "text/plain", 415, null)]
    public async Task bad_requests_are_problem_details_that_say_what_is_wrong_and_take_no_number(string line, string? key, string json, string type, int status, string? code)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api.Branch}/lines/{line}/tickets") { Content = new StringContent(json, System.Text.Encoding.UTF8, type) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        else request.Options.Set(IdempotencyKeys.WithoutKey, true);

        using var response = await Http.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        if (code is not null) Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal("A-001", (await Api.IssuedAsync("reception")).GetProperty("number").GetString());
    }

    [Fact]
    public async Task a_printer_fault_is_kept_per_kiosk_and_a_wrong_status_is_refused()
    {
        using var paperOut = await Http.PostAsJsonAsync($"{Api.Branch}/kiosks/lobby-1/printer-status", new { status = "paper-out", detail = "roll empty" });
        using var ok = await Http.PostAsJsonAsync($"{Api.Branch}/kiosks/lobby-2/printer-status", new { status = "ok" });
        using var wrong = await Http.PostAsJsonAsync($"{Api.Branch}/kiosks/lobby-2/printer-status", new { status = "on-fire" });
        using var nowhere = await Http.PostAsJsonAsync("/api/queue/branches/nowhere/kiosks/k/printer-status", new { status = "ok" });
        var kiosks = await Api.GetAsync($"{Api.Branch}/kiosks");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (paperOut.StatusCode, ok.StatusCode));
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (wrong.StatusCode, nowhere.StatusCode));
        Assert.Equal(["lobby-1 PaperOut roll empty", "lobby-2 Ok "], kiosks.GetProperty("kiosks").EnumerateArray()
            .Select(k => $"{k.GetProperty("kioskId").GetString()} {k.GetProperty("status").GetString()} {(k.TryGetProperty("detail", out var d) ? d.GetString() : "")}"));
    }
}
