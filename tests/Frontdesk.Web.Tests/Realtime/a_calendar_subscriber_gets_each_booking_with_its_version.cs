using System.Text.Json;
using Frontdesk.Web.Calendar;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Realtime;

public sealed class a_calendar_subscriber_gets_each_booking_with_its_version
{
    [Fact]
    public async Task the_snapshot_carries_versions_and_each_commit_follows_as_the_next_version()
    {
        await using var engine = await LiveEngine.StartAsync();
        var (key, day) = await engine.WorkingDayAheadAsync();
        await using var screen = await engine.ConnectAsync();
        var topic = CalendarTopics.Topic(key.BranchId, key.Date);

        var snapshot = await screen.SubscribeAsync(topic);
        var before = snapshot.Items.Single(i => i.Key == key.ToString()).Version;
        var first = await engine.BookNextFreeAsync(day, key);
        var second = await engine.BookNextFreeAsync(day, key);

        Assert.Contains(snapshot.Items, i => i.Key == CalendarTopics.RosterKey);
        var pushed = await screen.WaitForAsync(c => c.Key == key.ToString() && c.Version == before + 2);
        var all = screen.Changes.Where(c => c.Key == key.ToString()).OrderBy(c => c.Version).ToList();
        // Each push starts where the one before ended: no version skipped, whether or not pushes were folded.
        Assert.Equal(before + 1, all[0].FirstVersion);
        for (var i = 1; i < all.Count; i++) Assert.Equal(all[i - 1].Version + 1, all[i].FirstVersion);
        var bookings = pushed.Data.GetProperty("day").GetProperty("bookings").EnumerateArray().Select(b => b.GetProperty("number").GetString()).ToList();
        Assert.Contains(first.Number, bookings);
        Assert.Contains(second.Number, bookings);
        Assert.Equal("Unconfirmed", pushed.Data.GetProperty("day").GetProperty("bookings")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task a_screen_watching_one_specialist_hears_only_that_specialist()
    {
        await using var engine = await LiveEngine.StartAsync();
        var (key, day) = await engine.WorkingDayAheadAsync();
        await using var screen = await engine.ConnectAsync();

        var snapshot = await screen.SubscribeAsync(CalendarTopics.Topic(key.BranchId, key.Date, key.SpecialistId));
        await engine.BookNextFreeAsync(day, key);

        Assert.Equal(2, snapshot.Items.Count);
        var change = await screen.WaitForAsync(c => c.Key == key.ToString());
        Assert.Equal(JsonValueKind.Object, change.Data.ValueKind);
        Assert.All(screen.Changes, c => Assert.Equal(key.ToString(), c.Key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("weather:today")]
    [InlineData("calendar:moscow-tverskaya:23-11-2026")]
    [InlineData("calendar::2026-11-23")]
    public async Task an_unknown_or_malformed_topic_is_refused_with_a_reason(string topic)
    {
        await using var engine = await LiveEngine.StartAsync();
        await using var screen = await engine.ConnectAsync();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => screen.SubscribeAsync(topic));

        Assert.Contains("topic", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected, screen.State);
    }
}
