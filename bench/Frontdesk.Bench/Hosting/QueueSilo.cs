using Frontdesk.Grains;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Demo;
using Frontdesk.Grains.Queue;
using Frontdesk.Silo;
using Frontdesk.Silo.Hosting;

namespace Frontdesk.Bench.Hosting;

/// <summary>A silo in this process with Frontdesk's own grains and domain services, and one demo branch with its queue set up.</summary>
internal static class QueueSilo
{
    public static readonly string Branch = DemoBranches.Tverskaya;

    public static async Task<InProcessSilo> StartAsync(Action<SiloBuilder> storage, Action<SiloOptions> options)
    {
        var silo = await InProcessSilo.StartAsync(storage, options, s => s.AddFrontdeskGrains(), s => s.AddFrontdeskDomain());
        await silo.Grains.GetGrain<ICatalogGrain>(Chain.Key).UpsertBranchAsync(DemoBranches.All(DateOnly.FromDateTime(DateTime.UtcNow)).Single(b => b.Id == Branch));
        var setup = silo.Grains.GetGrain<IQueueSetupGrain>(Branch);
        foreach (var line in DemoQueues.Lines) await setup.UpsertLineAsync(line);
        foreach (var desk in DemoQueues.Desks) await setup.UpsertDeskAsync(desk);
        return silo;
    }

    /// <summary>The branch's business date now (Moscow).</summary>
    public static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")).DateTime);
}
