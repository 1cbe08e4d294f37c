using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Grains.Demo;

/// <summary>
/// Writes the demo chain through the grains, as an operator would. A chain that is set up (has a profile) is left
/// alone; the profile is written last, so a run cut short is completed by the next one (every step before it is
/// an upsert or a find-or-register, safe to repeat).
/// </summary>
public sealed class DemoChainSeeder(IGrainFactory grains, ClientDirectory directory, DemoBookings bookings)
{
    public async Task<DemoSeedReport> SeedAsync(DateOnly today)
    {
        var catalog = grains.GetGrain<ICatalogGrain>(Chain.Key);
        if (await catalog.IsSetUpAsync()) return DemoSeedReport.AlreadySetUp;

        // Calls queued together on the catalog are stored in one append; each kind only refers to the kinds before it.
        var branches = DemoBranches.All(today);
        await Task.WhenAll(DemoChain.Directions.Select(catalog.UpsertDirectionAsync));
        await Task.WhenAll(branches.Select(catalog.UpsertBranchAsync));
        await Task.WhenAll(DemoChain.Resources.Select(catalog.UpsertResourceAsync).Concat(DemoServices.All.Select(catalog.UpsertServiceAsync)));
        await Task.WhenAll(DemoSpecialists.All.Select(catalog.UpsertSpecialistAsync));

        var shifts = DemoSchedules.From(today);
        await Task.WhenAll(shifts.GroupBy(s => s.SpecialistId).Select(ApplyInOrderAsync));
        var clients = (await Task.WhenAll(DemoClients.All.Select(RegisterAsync))).SelectMany(c => c).ToList();
        var booked = await bookings.SeedAsync(today, clients);
        var (lines, desks) = await DemoQueues.SeedAsync(grains);
        await DemoStock.SeedAsync(grains, [.. branches.Select(b => b.Id)], DemoServices.All);

        await catalog.SetProfileAsync(DemoChain.Profile);
        return new DemoSeedReport(true, branches.Count, DemoChain.Directions.Count, DemoServices.All.Count, DemoChain.Resources.Count,
            DemoSpecialists.All.Count, shifts.Count, clients.Count, booked, lines, desks);
    }

    // A specialist's later changes override earlier ones on shared dates: their order is the schedule.
    private async Task ApplyInOrderAsync(IEnumerable<DemoShift> shifts)
    {
        foreach (var shift in shifts) await grains.GetGrain<ISpecialistScheduleGrain>(shift.SpecialistId).ApplyAsync(shift.Change);
    }

    private async Task<IReadOnlyList<ClientCard>> RegisterAsync(DemoClient client)
    {
        var owner = await directory.FindOrRegisterAsync(client.Card);
        var cards = new List<ClientCard> { owner };
        foreach (var dependent in client.Dependents) cards.Add(await directory.FindOrRegisterAsync(dependent with { OwnerId = owner.Id }));
        return cards;
    }
}
