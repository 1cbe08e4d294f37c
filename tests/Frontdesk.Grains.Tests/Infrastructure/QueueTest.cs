using Frontdesk.Grains.Queue;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>A test class with the small chain and its Moscow queue on a fresh SQLite file, seeded before each test.</summary>
public abstract class QueueTest : ChainTest
{
    /// <summary>The Moscow business date of <see cref="TestChain.DefaultNow"/>.</summary>
    protected static readonly DateOnly Today = new(2026, 11, 23);

    protected QueueIssuer Issuer => Chain.Service<QueueIssuer>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SmallQueues.SeedAsync(Chain);
    }

    protected async Task<QueueTicket> IssueAsync(string line, string? priority = null, string? operationId = null) =>
        (await Issuer.IssueAsync(SmallQueues.Branch, line, SmallQueues.Kiosk(priority, operationId))).Ticket;

    protected IQueueDeskGrain Desk(string desk) => Chain.Grains.GetGrain<IQueueDeskGrain>(new QueueDeskKey(SmallQueues.Branch, desk).ToString());

    protected IQueueCounterGrain Counter(string line, DateOnly? date = null) =>
        Chain.Grains.GetGrain<IQueueCounterGrain>(SmallQueues.CounterKey(line, date ?? Today));

    protected IQueueSetupGrain Setup => Chain.Grains.GetGrain<IQueueSetupGrain>(SmallQueues.Branch);

    protected static string NewOperation() => Guid.NewGuid().ToString("N");
}
