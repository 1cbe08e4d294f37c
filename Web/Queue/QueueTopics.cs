using System.Globalization;
using System.Security.Claims;
using Frontdesk.Grains;
using Frontdesk.Grains.Queue;
using Frontdesk.Silo;
using Frontdesk.Web.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Frontdesk.Web.Queue;

/// <summary>
/// "queue:{branch}:{yyyy-MM-dd}": a branch's queue on one business day, for the lobby and the desks. Items: "setup"
/// (lines, desks, paused or not), "kiosks" (their printers) and "line:{lineId}" per line (waiting, at desks, latest
/// calls), each at its own grain's version.
/// </summary>
public sealed class QueueTopics(QueueBranchReader reader, IGrainFactory grains) : ITopicSource
{
    public const string SetupKey = "setup";
    public const string KiosksKey = "kiosks";
    public const string LinePrefix = "line:";
    private const string CounterGrain = "queue-counter";
    private const string SetupGrain = "queue-setup";
    private const string FleetGrain = "kiosk-fleet";

    public string Prefix => "queue";

    public static string Topic(string branchId, DateOnly date) => $"queue:{branchId}:{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public string? Problem(string topic) => Parse(topic) is null ? "a queue topic is queue:{branch}:{yyyy-MM-dd}." : null;

    public TopicRule Rule(string topic) => new(Security.Permission.QueueRead, Security.ResourceOwner.Branch(Parse(topic)!.Value.Branch));

    public async Task<IReadOnlyList<TopicItem>> SnapshotAsync(string topic, ClaimsPrincipal? user)
    {
        var (branchId, date) = Parse(topic)!.Value;
        QueueBoard board;
        try
        {
            board = await reader.BoardAsync(branchId, date);
        }
        catch (CommandRejectedException refused)
        {
            throw new HubException($"Topic '{topic}': {refused.Message}");
        }
        return [
            new TopicItem(SetupKey, board.Setup.Version, board.Setup),
            new TopicItem(KiosksKey, board.Kiosks.Version, board.Kiosks),
            .. board.Lines.Select(line => new TopicItem(LinePrefix + line.LineId, line.Version, line)),
        ];
    }

    public IEnumerable<string> TopicsOf(GrainChange change, TopicSubscriptions subscriptions)
    {
        switch (change.Grain.Type)
        {
            case CounterGrain when QueueCounterKey.TryParse(change.Grain.Key, out var counter):
                var topic = Topic(counter.BranchId, counter.Date);
                if (subscriptions.IsWatched(topic)) yield return topic;
                break;
            case SetupGrain or FleetGrain:
                // Rare changes, shown on every day of the branch that is watched.
                var prefix = $"queue:{change.Grain.Key}:";
                foreach (var watched in subscriptions.Watched.Where(t => t.StartsWith(prefix, StringComparison.Ordinal))) yield return watched;
                break;
        }
    }

    public async Task<TopicPush?> ReadAsync(GrainChange change, string topic)
    {
        switch (change.Grain.Type)
        {
            case CounterGrain:
                var counter = QueueCounterKey.Parse(change.Grain.Key);
                var line = await reader.LineAsync(counter.BranchId, counter.LineId, counter.Date);
                return new TopicPush(new TopicItem(LinePrefix + counter.LineId, line.Version, line));
            case SetupGrain:
                var setup = await grains.GetGrain<IQueueSetupGrain>(change.Grain.Key).GetAsync();
                return new TopicPush(new TopicItem(SetupKey, setup.Version, setup));
            case FleetGrain:
                var kiosks = await reader.KiosksAsync(change.Grain.Key);
                return new TopicPush(new TopicItem(KiosksKey, kiosks.Version, kiosks));
            default:
                return null;
        }
    }

    private static (string Branch, DateOnly Date)? Parse(string topic)
    {
        var parts = topic.Split(':');
        if (parts is not ["queue", { Length: > 0 } branch, var day]) return null;
        return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? (branch, date) : null;
    }
}
