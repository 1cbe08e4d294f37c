using System.Security.Claims;
using Frontdesk.Grains;
using Frontdesk.Grains.Stock;
using Frontdesk.Silo;
using Frontdesk.Web.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Frontdesk.Web.Stock;

/// <summary>
/// "stock:{branch}": the branch's bins, one item per bin key at the bin's version (a <see cref="StockOnHand"/> with
/// <c>isLow</c>). A movement that takes a bin below its threshold arrives as that bin's next version with isLow true:
/// the screens raise the low-stock alert on that change.
/// </summary>
public sealed class StockTopics(StockReports reports) : ITopicSource
{
    private const string BinGrain = "stock-bin";

    public string Prefix => "stock";

    public static string Topic(string branchId) => $"stock:{branchId}";

    public string? Problem(string topic) => Branch(topic) is null ? "a stock topic is stock:{branch}." : null;

    public TopicRule Rule(string topic) => new(Security.Permission.StockRead, Security.ResourceOwner.Branch(Branch(topic)!));

    public async Task<IReadOnlyList<TopicItem>> SnapshotAsync(string topic, ClaimsPrincipal? user)
    {
        try
        {
            var report = await reports.StockAsync(Branch(topic)!);
            return [.. report.Bins.Select(b => new TopicItem(b.Bin, b.Version, b))];
        }
        catch (CommandRejectedException refused)
        {
            throw new HubException($"Topic '{topic}': {refused.Message}");
        }
    }

    public IEnumerable<string> TopicsOf(GrainChange change, TopicSubscriptions subscriptions)
    {
        if (change.Grain.Type == BinGrain && StockBinKey.TryParse(change.Grain.Key, out var bin) && subscriptions.IsWatched(Topic(bin.BranchId)))
            yield return Topic(bin.BranchId);
    }

    public async Task<TopicPush?> ReadAsync(GrainChange change, string topic) =>
        await reports.OnHandAsync(change.Grain.Key) is { } bin ? new TopicPush(new TopicItem(bin.Bin, bin.Version, bin)) : null;

    private static string? Branch(string topic) => topic.Split(':') is ["stock", { Length: > 0 } branch] ? branch : null;
}
