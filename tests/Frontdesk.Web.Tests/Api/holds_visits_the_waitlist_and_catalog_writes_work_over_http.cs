using System.Net;
using Frontdesk.Grains.Demo;
using Frontdesk.Web.Tests.Infrastructure;
using static Frontdesk.Web.Tests.Infrastructure.ApiClient;

namespace Frontdesk.Web.Tests.Api;

public sealed class holds_visits_the_waitlist_and_catalog_writes_work_over_http(DemoApi api) : IClassFixture<DemoApi>
{
    private static readonly DateOnly Friday = DemoApi.Today.AddDays(11);

    [Fact]
    public async Task an_online_hold_becomes_the_booking_and_keeps_its_number()
    {
        var maria = await api.Client.ClientIdAsync("petrova");
        var hold = await JsonOf(await api.Client.PostAsync("/api/holds", new
        {
            branchId = DemoBranches.Arbat, specialistId = DemoSpecialists.IrinaLebedeva, date = Bodies.Date(Friday), start = "12:00",
            serviceIds = new[] { "salon-manicure" }, client = Bodies.ClientById(maria), holdMinutes = 15,
        }), 201);
        var booked = await JsonOf(await api.Client.PostAsync("/api/bookings", new
        {
            branchId = DemoBranches.Arbat, specialistId = DemoSpecialists.IrinaLebedeva, date = Bodies.Date(Friday), start = "12:00",
            serviceIds = new[] { "salon-manicure" }, client = Bodies.ClientById(maria), source = "online", holdId = hold.GetProperty("id").GetString(),
        }), 201);

        Assert.Equal(("Held", "Online"), (hold.GetProperty("status").GetString(), hold.GetProperty("source").GetString()));
        Assert.Equal(hold.GetProperty("number").GetString(), booked.GetProperty("number").GetString());
        Assert.Equal("Unconfirmed", booked.GetProperty("status").GetString());
    }

    [Fact]
    public async Task a_visit_with_two_specialists_books_both_or_neither()
    {
        var olga = await api.Client.ClientIdAsync("kozlova");
        object Part(string specialist, string start, string service) =>
            new { branchId = DemoBranches.Arbat, specialistId = specialist, date = Bodies.Date(Friday), start, serviceIds = new[] { service } };

        var both = await JsonOf(await api.Client.PostAsync("/api/visits", new
        {
            client = Bodies.ClientById(olga), parts = new[] { Part(DemoSpecialists.IrinaLebedeva, "16:30", "salon-manicure"), Part(DemoSpecialists.PavelOrlov, "18:30", "salon-styling") },
            confirmed = true,
        }), 201);
        var neither = await api.Client.PostAsync("/api/visits", new
        {
            client = Bodies.ClientById(olga), parts = new[] { Part(DemoSpecialists.IrinaLebedeva, "19:00", "salon-pedicure"), Part(DemoSpecialists.PavelOrlov, "18:45", "salon-styling") },
        });

        Assert.Equal(2, both.GetArrayLength());
        Assert.Single(both.EnumerateArray().Select(b => b.GetProperty("visitId").GetString()).Distinct());
        Assert.All(both.EnumerateArray(), b => Assert.Equal("Confirmed", b.GetProperty("status").GetString()));
        Assert.Equal("slot-taken", (await JsonOf(neither, 409)).GetProperty("code").GetString());
        var irina = await api.Client.GetJsonAsync($"/api/days/{DemoBranches.Arbat}/{DemoSpecialists.IrinaLebedeva}/{Bodies.Date(Friday)}");
        Assert.DoesNotContain(irina.GetProperty("bookings").EnumerateArray(), b => b.GetProperty("status").GetString() is "Unconfirmed" or "Pending");
    }

    [Fact]
    public async Task a_client_joins_the_waitlist_is_listed_and_leaves_it()
    {
        var joined = await JsonOf(await api.Client.PostAsync("/api/waitlist", new
        {
            client = new { name = "Zoya Waitlova", phone = "+7 900 555-02-02" }, serviceId = "dent-whitening",
            from = Bodies.Date(Friday), to = Bodies.Date(Friday.AddDays(7)), branchId = DemoBranches.Arbat,
        }), 201);
        var id = joined.GetProperty("id").GetString()!;
        var listed = await api.Client.GetJsonAsync("/api/waitlist");
        var left = await api.Client.SendAsync(HttpMethod.Delete, $"/api/waitlist/{id}");
        var after = await api.Client.GetJsonAsync("/api/waitlist");

        Assert.Contains(listed.EnumerateArray(), e => e.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        Assert.DoesNotContain(after.EnumerateArray(), e => e.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task a_catalog_entry_is_replaced_under_its_own_id_only()
    {
        var renamed = await JsonOf(await api.Client.SendAsync(HttpMethod.Put, "/api/directions/spa", new { id = "spa", name = "Spa & wellness" }), 200);
        var mismatch = await api.Client.SendAsync(HttpMethod.Put, "/api/directions/spa", new { id = "salon", name = "Spa & wellness" });
        var catalog = await api.Client.GetJsonAsync("/api/catalog");

        Assert.Equal("Spa & wellness", renamed.GetProperty("name").GetString());
        Assert.Equal("id-mismatch", (await JsonOf(mismatch, 400)).GetProperty("code").GetString());
        Assert.Contains(catalog.GetProperty("directions").EnumerateArray(), d => d.GetProperty("name").GetString() == "Spa & wellness");
        Assert.Contains(catalog.GetProperty("directions").EnumerateArray(), d => d.GetProperty("id").GetString() == "salon" && d.GetProperty("name").GetString() == "Hair & nails");
    }

    [Fact]
    public async Task the_nearest_free_slots_and_a_days_free_starts_are_offered_in_local_times()
    {
        var nearest = await api.Client.GetJsonAsync($"/api/availability/nearest?service=salon-manicure&city=Moscow&from={Bodies.Date(Friday)}&limit=3");
        var starts = await api.Client.GetJsonAsync(
            $"/api/days/{DemoBranches.Arbat}/{DemoSpecialists.IrinaLebedeva}/{Bodies.Date(Friday.AddDays(1))}/free-starts?services=salon-manicure,salon-brows&step=30");

        Assert.Equal(3, nearest.GetArrayLength());
        Assert.All(nearest.EnumerateArray(), s => Assert.Matches("^[0-2][0-9]:[0-5][0-9]$", s.GetProperty("start").GetString()));
        Assert.Equal(30, starts.GetProperty("stepMinutes").GetInt32());
        Assert.All(starts.GetProperty("starts").EnumerateArray(), s => Assert.Matches("^[0-2][0-9]:(00|30)$", s.GetString()));
    }
}
