using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Cluster;

[Collection(PostgresCollection.Name)]
public sealed class one_node_of_a_cluster_delivers_reminders_and_another_takes_over(PostgresServer postgres)
{
    private static void FastPolling(SiloOptions o) => o.ReminderPollInterval = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task exactly_one_node_leads_each_reminder_fires_once_and_the_survivor_leads_when_the_leader_stops()
    {
        var database = await postgres.CreateDatabaseAsync("reminders");
        var first = await TestSilo.PostgresAsync(database, FastPolling);
        await using var second = await TestSilo.PostgresAsync(database, FastPolling);
        try
        {
            await Eventually.TrueAsync(() => first.Host.Leads ^ second.Host.Leads, "exactly one node to lead");
            var grains = Enumerable.Range(0, 20).Select(i => second.Grains.GetGrain<IReminderGrain>($"r{i}")).ToArray();
            await Task.WhenAll(grains.Select(g => g.ScheduleAsync("due", TimeSpan.Zero, TimeSpan.Zero)));

            await Eventually.TrueAsync(async () => (await Task.WhenAll(grains.Select(g => g.ReceivedAsync()))).All(r => r.Count == 1),
                "every reminder to be delivered");
            var leader = first.Host.Leads ? first : second;
            var survivor = leader == first ? second : first;
            await leader.DisposeAsync();

            await Eventually.TrueAsync(() => survivor.Host.Leads, "the survivor to take the lead");
            var late = survivor.Grains.GetGrain<IReminderGrain>("late");
            await late.ScheduleAsync("due", TimeSpan.Zero, TimeSpan.Zero);
            await Eventually.TrueAsync(async () => (await late.ReceivedAsync()).Count == 1, "the survivor to deliver");
            Assert.All(await Task.WhenAll(grains.Select(g => survivor.Grains.GetGrain<IReminderGrain>(g.ToString()!.Split('/')[^1]).ReceivedAsync())),
                r => Assert.Single(r));
        }
        finally
        {
            await first.DisposeAsync();
        }
    }
}
