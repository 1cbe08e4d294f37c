using System.Text.Json;
using Frontdesk.Grains.Demo;
using Frontdesk.Web.Tests.Infrastructure;
using static Frontdesk.Web.Tests.Infrastructure.ApiClient;

namespace Frontdesk.Web.Tests.Api;

public sealed class two_hundred_overlapping_bookings_over_http_never_overlap(DemoApi api) : IClassFixture<DemoApi>
{
    private static readonly DateOnly Thursday = DemoApi.Today.AddDays(10);
    private static readonly string[] Services = ["salon-haircut-women", "salon-haircut-men", "salon-styling"];

    [Fact]
    public async Task the_winners_never_share_a_minute_and_every_loser_is_a_409_naming_a_booking_that_holds_the_slot()
    {
        var anna = await api.Client.ClientIdAsync("anna ivanova");
        var random = new Random(20261203);
        // Starts from 10:00 to 12:45 on a 5-minute grid: partial overlaps as much as whole ones, all inside 10:00–14:00.
        var requests = Enumerable.Range(0, 200).Select(_ => Bodies.Booking(DemoBranches.Arbat, DemoSpecialists.PavelOrlov, Thursday,
            $"{10 + random.Next(3):00}:{random.Next(10) * 5:00}", [Services[random.Next(Services.Length)]], Bodies.ClientById(anna))).ToList();

        var responses = await Task.WhenAll(requests.Select(body => api.Client.PostAsync("/api/bookings", body)));
        var answers = await Task.WhenAll(responses.Select(async r => ((int)r.StatusCode, JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement)));
        var day = await api.Client.GetJsonAsync($"/api/days/{DemoBranches.Arbat}/{DemoSpecialists.PavelOrlov}/{Bodies.Date(Thursday)}");

        var winners = answers.Where(a => a.Item1 == 201).Select(a => a.Item2).ToList();
        var losers = answers.Where(a => a.Item1 != 201).ToList();
        Assert.NotEmpty(winners);
        Assert.All(losers, l => Assert.Equal((409, "slot-taken"), (l.Item1, l.Item2.GetProperty("code").GetString())));
        var spans = winners.Select(w => (From: Instant(w, "occupiedFrom"), To: Instant(w, "occupiedTo"))).OrderBy(s => s.From).ToList();
        Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.True(pair.First.To <= pair.Second.From, $"{pair.First} overlaps {pair.Second}"));
        var numbers = day.GetProperty("bookings").EnumerateArray().Select(b => b.GetProperty("number").GetString()).ToHashSet();
        Assert.Equal(winners.Select(w => w.GetProperty("number").GetString()).Order(), numbers.Order());
        Assert.All(losers, l => Assert.Contains(l.Item2.GetProperty("conflictingBooking").GetString(), numbers));
    }

    private static DateTimeOffset Instant(JsonElement booking, string property) => DateTimeOffset.Parse(booking.GetProperty(property).GetString()!);
}
