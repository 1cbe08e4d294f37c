using System.Globalization;
using System.Security.Claims;
using Frontdesk.Grains.Bookings;
using Frontdesk.Silo;
using Frontdesk.Web.Realtime;

namespace Frontdesk.Web.Calendar;

/// <summary>
/// "calendar:{branch}:{yyyy-MM-dd}" (a receptionist's day) and "calendar:{branch}:{yyyy-MM-dd}:{specialist}" (one
/// specialist's day). Items: one per column, keyed by the specialist-day key, and "roster", which changes when the
/// columns may (a schedule or catalog change) and then asks subscribers to refetch.
/// </summary>
public sealed class CalendarTopics(CalendarReader reader) : ITopicSource
{
    public const string RosterKey = "roster";
    /// <summary>Where a column's bookings are in its JSON: the list a partial push carries only the changes of.</summary>
    public const string BookingsList = "day.bookings";
    private const string DayGrain = "specialist-day";
    private const string ScheduleGrain = "specialist-schedule";
    private const string CatalogGrain = "catalog";

    public string Prefix => "calendar";

    public static string Topic(string branchId, DateOnly date, string? specialistId = null) =>
        $"calendar:{branchId}:{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" + (specialistId is null ? "" : $":{specialistId}");

    public string? Problem(string topic) => Parse(topic) is null ? "a calendar topic is calendar:{branch}:{yyyy-MM-dd} or calendar:{branch}:{yyyy-MM-dd}:{specialist}." : null;

    public TopicRule Rule(string topic)
    {
        var (branch, _, specialist) = Parse(topic)!.Value;
        return new TopicRule(Security.Permission.CalendarRead, Security.ResourceOwner.Branch(branch, specialist));
    }

    public async Task<IReadOnlyList<TopicItem>> SnapshotAsync(string topic, ClaimsPrincipal? user)
    {
        var (branch, date, specialist) = Parse(topic)!.Value;
        var (roster, columns) = await reader.ReadAsync(branch, date, specialist);
        return [new TopicItem(RosterKey, roster.Version, roster), .. columns.Select(c => new TopicItem(c.Day.Key, c.Day.Version, c))];
    }

    public IEnumerable<string> TopicsOf(GrainChange change, TopicSubscriptions subscriptions)
    {
        switch (change.Grain.Type)
        {
            case DayGrain when SpecialistDayKey.TryParse(change.Grain.Key, out var day):
                var branchDay = Topic(day.BranchId, day.Date);
                if (subscriptions.IsWatched(branchDay)) yield return branchDay;
                var own = Topic(day.BranchId, day.Date, day.SpecialistId);
                if (subscriptions.IsWatched(own)) yield return own;
                break;
            case ScheduleGrain or CatalogGrain:
                // Columns may come or go on any date: every watched calendar hears of it and refetches.
                foreach (var topic in subscriptions.Watched.Where(t => t.StartsWith("calendar:", StringComparison.Ordinal))) yield return topic;
                break;
        }
    }

    public async Task<TopicPush?> ReadAsync(GrainChange change, string topic)
    {
        if (change.Grain.Type == DayGrain)
        {
            var column = await reader.ReadColumnAsync(SpecialistDayKey.Parse(change.Grain.Key));
            return new TopicPush(new TopicItem(column.Day.Key, column.Day.Version, column));
        }
        var (branch, date, specialist) = Parse(topic)!.Value;
        var (roster, _) = await reader.ReadAsync(branch, date, specialist);
        return new TopicPush(new TopicItem(RosterKey, roster.Version, roster), Refetch: true);
    }

    /// <summary>
    /// A column's bookings are the grain's immutable records, so a booking equal to the one pushed before (record
    /// equality: the same values, its services list the very same) did not change and is left out.
    /// </summary>
    public PartialItem? Difference(TopicItem previous, TopicItem current)
    {
        if (previous.Data is not CalendarColumn before || current.Data is not CalendarColumn after) return null;
        var earlier = before.Day.Bookings.ToDictionary(b => b.Id);
        var changed = after.Day.Bookings.Where(b => !earlier.TryGetValue(b.Id, out var was) || !was.Equals(b)).ToList();
        var now = after.Day.Bookings.Select(b => b.Id).ToHashSet();
        var removed = before.Day.Bookings.Where(b => !now.Contains(b.Id)).Select(b => b.Id).ToList();
        // Not worth it when most of the day changed (a grain come back from its journal has all-new records).
        if (changed.Count * 2 > after.Day.Bookings.Count) return null;
        return new PartialItem(after with { Day = after.Day with { Bookings = changed } }, new ItemPatch(BookingsList, removed));
    }

    private static (string Branch, DateOnly Date, string? Specialist)? Parse(string topic)
    {
        var parts = topic.Split(':');
        if (parts.Length is not (3 or 4) || parts[0] != "calendar" || parts[1].Length == 0) return null;
        if (!DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return null;
        if (parts.Length == 4 && parts[3].Length == 0) return null;
        return (parts[1], date, parts.Length == 4 ? parts[3] : null);
    }
}
