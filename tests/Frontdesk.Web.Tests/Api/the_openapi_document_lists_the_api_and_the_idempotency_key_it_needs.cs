using System.Text.Json;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Api;

public sealed class the_openapi_document_lists_the_api_and_the_idempotency_key_it_needs(DemoApi api) : IClassFixture<DemoApi>
{
    private static IEnumerable<JsonElement> Parameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : [];

    [Fact]
    public async Task the_booking_endpoints_are_there_and_every_change_requires_the_header_while_reads_do_not()
    {
        var document = await api.Client.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        foreach (var (path, method) in new[]
        {
            ("/api/bookings", "post"), ("/api/bookings/{number}", "get"), ("/api/bookings/by-code", "get"), ("/api/bookings/{number}/move", "post"),
            ("/api/bookings/{number}/cancel", "post"), ("/api/holds", "post"), ("/api/visits", "post"), ("/api/branches/{branchId}/calendar/{date}", "get"),
            ("/api/availability/nearest", "get"), ("/api/specialists/{id}/schedule", "post"), ("/api/waitlist/{id}", "delete"),
        })
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} {path} is not in the document");
        var operations = paths.EnumerateObject().Where(p => p.Name.StartsWith("/api/"))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value))).ToList();
        Assert.All(operations.Where(o => o.Method is "post" or "put" or "patch" or "delete"), o =>
        {
            var key = Assert.Single(Parameters(o.Operation), p => p.GetProperty("name").GetString() == "Idempotency-Key");
            Assert.Equal(("header", true), (key.GetProperty("in").GetString(), key.GetProperty("required").GetBoolean()));
        });
        Assert.All(operations.Where(o => o.Method == "get"), o => Assert.DoesNotContain(Parameters(o.Operation), p => p.GetProperty("name").GetString() == "Idempotency-Key"));
        Assert.True(paths.GetProperty("/api/bookings").GetProperty("post").GetProperty("responses").TryGetProperty("409", out _));
    }
}
