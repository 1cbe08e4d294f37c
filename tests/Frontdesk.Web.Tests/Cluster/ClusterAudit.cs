using System.Globalization;
using System.Text.Json;
using Frontdesk.TestSupport;

namespace Frontdesk.Web.Tests.Cluster;

/// <summary>
/// After a run, what the cluster holds against what it acknowledged: every acknowledged booking is there (cancelled
/// exactly when its cancellation was acknowledged), no day holds two active bookings over one minute, no day holds a
/// booking nobody was told of, and the line's numbers are each issued once with no number issued unacknowledged.
/// </summary>
public static class ClusterAudit
{
    private static readonly string[] Inactive = ["Cancelled", "NoShow"];

    public static async Task<IReadOnlyList<string>> ProblemsAsync(ClusterApi api, ClusterLoad load, IReadOnlyList<BookingTarget> days,
        string branchId, string lineId)
    {
        var problems = new List<string>();
        foreach (var day in days)
        {
            var view = await SettledViewAsync(api, day.Path);
            var bookings = view.Body.GetProperty("bookings").EnumerateArray().ToList();
            var held = bookings.ToDictionary(b => b.GetProperty("number").GetString()!);
            var active = bookings.Where(b => !Inactive.Contains(b.GetProperty("status").GetString())).ToList();
            for (var i = 0; i < active.Count; i++)
                for (var j = i + 1; j < active.Count; j++)
                    if (Overlap(active[i], active[j]))
                        problems.Add($"double booking on {day.Key}: {Describe(active[i])} and {Describe(active[j])}");
            foreach (var booking in load.Booked.Values.Where(b => b.Day == day))
            {
                if (!held.TryGetValue(booking.Number, out var stored)) problems.Add($"acknowledged booking {booking.Number} on {day.Key} is gone");
                else if (stored.GetProperty("status").GetString() == "Cancelled" != load.Cancelled.ContainsKey(booking.Number))
                    problems.Add($"booking {booking.Number} is {stored.GetProperty("status").GetString()}, its cancellation acknowledged: {load.Cancelled.ContainsKey(booking.Number)}");
            }
            foreach (var stray in active.Where(b => !load.Booked.ContainsKey(b.GetProperty("number").GetString()!)))
                problems.Add($"booking {Describe(stray)} on {day.Key} was never acknowledged to anyone");
        }

        var numbers = load.Tickets.Values.Select(t => Sequence(t.Number)).OrderBy(n => n).ToList();
        if (numbers.Distinct().Count() != numbers.Count) problems.Add($"duplicate ticket numbers among {numbers.Count}");
        if (numbers.Count > 0 && numbers[^1] - numbers[0] + 1 != numbers.Count)
            problems.Add($"tickets {numbers[0]}..{numbers[^1]} issued for {numbers.Count} acknowledged presses: a press was issued twice");
        // One more press after the run: the counter's next number says how many it issued.
        var next = await api.PostAsync(0, $"/api/queue/branches/{branchId}/lines/{lineId}/tickets", new { source = "kiosk", kioskId = "audit" });
        if (next.Status != 201) problems.Add($"the audit's own press: {next.Status} {next.Text}");
        else if (numbers.Count > 0 && Sequence(next.Body.GetProperty("number").GetString()!) != numbers[^1] + 1)
            problems.Add($"the next ticket is {next.Body.GetProperty("number").GetString()} after {numbers[^1]}: a number was issued unacknowledged");
        return problems;
    }

    /// <summary>
    /// A node hears of another's commit a moment after that commit was answered, so a read right after the run may be a
    /// few milliseconds behind: the audit reads once every node shows the day at one version (they must get there soon).
    /// </summary>
    private static async Task<ApiAnswer> SettledViewAsync(ClusterApi api, string path)
    {
        ApiAnswer[] views = [];
        try
        {
            await Eventually.TrueAsync(async () =>
            {
                views = await Task.WhenAll(Enumerable.Range(0, api.NodeCount).Select(node => api.TryGetAsync(node, path)));
                return views.All(v => v.Status == 200) && views.Select(v => v.Body.GetProperty("version").GetInt64()).Distinct().Count() == 1;
            }, $"every node to show {path} at one version", TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException timeout)
        {
            var seen = string.Join(", ", views.Select(v => v.Status == 200 ? $"node-{v.Node + 1} v{v.Body.GetProperty("version")}" : $"node-{v.Node + 1} {v.Status}"));
            throw new TimeoutException($"{timeout.Message}; last seen: {seen}", timeout);
        }
        return views[0];
    }

    private static int Sequence(string number) => int.Parse(number[(number.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);

    private static bool Overlap(JsonElement a, JsonElement b) =>
        From(a) < To(b) && From(b) < To(a);

    private static DateTimeOffset From(JsonElement b) => b.GetProperty("occupiedFrom").GetDateTimeOffset();
    private static DateTimeOffset To(JsonElement b) => b.GetProperty("occupiedTo").GetDateTimeOffset();

    private static string Describe(JsonElement b) =>
        $"{b.GetProperty("number").GetString()} {From(b):HH:mm}-{To(b):HH:mm} {b.GetProperty("status").GetString()}";
}
