using System.Text.Json;
using Frontdesk.Web.Calendar;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Realtime;

public sealed class a_busy_day_is_pushed_as_only_the_bookings_that_changed
{
    [Fact]
    public async Task each_push_after_the_first_carries_the_changed_booking_and_the_screen_ends_with_the_day_the_grain_holds()
    {
        await using var engine = await LiveEngine.StartAsync();
        var (key, day) = await engine.WorkingDayAheadAsync();
        for (var i = 0; i < 4; i++) await engine.BookNextFreeAsync(day, key);
        await using var screen = await engine.ConnectAsync();
        await screen.SubscribeAsync(CalendarTopics.Topic(key.BranchId, key.Date));

        // The first push of a day this node has not pushed since it started is whole; every one after it is partial.
        var booked = await engine.BookNextFreeAsync(day, key);
        var version = (await day.GetAsync()).Version;
        await screen.WaitForAsync(c => c.Key == key.ToString() && c.Version == version);
        screen.ClearChanges();
        await day.ConfirmAsync(booked.Id);
        var later = await engine.BookNextFreeAsync(day, key);
        await day.CancelAsync(later.Id, "the client called");
        var final = await day.GetAsync();
        await screen.WaitForAsync(c => c.Key == key.ToString() && c.Version == final.Version);

        var pushes = screen.Changes.Where(c => c.Key == key.ToString()).ToList();
        Assert.All(pushes, push => Assert.True(push.Partial, $"v{push.FirstVersion}..{push.Version} was pushed whole"));
        Assert.All(pushes, push => Assert.InRange(Bookings(push.Sent).Count, 1, 2));
        Assert.Equal(final.Bookings.Select(b => (b.Number, b.Status.ToString())).Order(), Bookings(pushes[^1].Data).Order());
    }

    private static List<(string Number, string Status)> Bookings(JsonElement column) =>
        [.. column.GetProperty("day").GetProperty("bookings").EnumerateArray().Select(b => (b.GetProperty("number").GetString()!, b.GetProperty("status").GetString()!))];
}
