using Frontdesk.TestSupport;
using Frontdesk.TestSupport.Realtime;
using Microsoft.AspNetCore.SignalR.Client;

namespace Frontdesk.Web.Tests.Cluster;

/// <summary>
/// A screen holding topics as the browser's versioned topic does: per item the last version shown; a push that follows
/// it applies, an older one is a duplicate, anything else (a gap, a "refetch unless you hold this" push) refetches by
/// subscribing again.
/// </summary>
public sealed class ScreenView : IAsyncDisposable
{
    private readonly LiveClient _client;
    private readonly Dictionary<string, long> _versions = [];
    private int _seen;

    private ScreenView(LiveClient client) => _client = client;

    public int Refetches { get; private set; }
    public bool Connected => _client.State == HubConnectionState.Connected;
    public IReadOnlyCollection<LiveChange> Pushes => _client.Changes;

    public static async Task<ScreenView> OpenAsync(Uri hub, IReadOnlyList<string> topics, HubCredentials credentials)
    {
        var view = new ScreenView(await LiveClient.ConnectAsync(hub, credentials));
        foreach (var topic in topics) await view.RefetchAsync(topic);
        view.Refetches = 0;
        return view;
    }

    public Task<LiveChange> WaitForAsync(Func<LiveChange, bool> condition, TimeSpan? within = null) => _client.WaitForAsync(condition, within);

    public long VersionOf(string key) => _versions.GetValueOrDefault(key);

    /// <summary>Waits, with a deadline, until the screen shows each day at the version the database holds now.</summary>
    public async Task ShowsAsStoredAsync(ClusterApi api, IReadOnlyList<BookingTarget> days)
    {
        var stored = await Task.WhenAll(days.Select(d => ClusterRun.VersionAsync(api, d)));
        await Eventually.TrueAsync(async () =>
        {
            await CatchUpAsync();
            return days.Select((d, i) => VersionOf(d.Key) == stored[i]).All(same => same);
        }, "the screen to show each day at the version the database holds", TimeSpan.FromSeconds(20));
    }

    /// <summary>Takes in the pushes received since the last call.</summary>
    public async Task CatchUpAsync()
    {
        var pushes = _client.Changes.Skip(_seen).ToList();
        _seen += pushes.Count;
        var stale = new HashSet<string>();
        foreach (var push in pushes)
        {
            var last = VersionOf(push.Key);
            if (push.Version <= last) continue;
            if (push.FirstVersion == last + 1) _versions[push.Key] = push.Version;
            else stale.Add(push.Topic);
        }
        foreach (var topic in stale) await RefetchAsync(topic);
    }

    private async Task RefetchAsync(string topic)
    {
        Refetches++;
        foreach (var item in (await _client.SubscribeAsync(topic)).Items) _versions[item.Key] = item.Version;
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();
}
