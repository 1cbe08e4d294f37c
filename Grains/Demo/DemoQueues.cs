using Frontdesk.Grains.Queue;

namespace Frontdesk.Grains.Demo;

/// <summary>
/// The demo branches' queues: A reception, B cashier, C lab at each, with booked clients (rank 2) and the elderly or
/// disabled (rank 1) called first; three desks, the first two sharing reception and the cashier's, the third the lab's.
/// </summary>
public static class DemoQueues
{
    public const string Reception = "reception";
    public const string Cashier = "cashier";
    public const string Lab = "lab";

    public static readonly IReadOnlyList<PriorityClass> Priorities =
    [
        new(PriorityClass.Booked, "Booked client", 2),
        new("elderly", "Elderly, disabled or pregnant", 1),
    ];

    public static readonly IReadOnlyList<QueueLine> Lines =
    [
        new(Reception, "A", "Reception", Priorities),
        new(Cashier, "B", "Cashier", Priorities),
        new(Lab, "C", "Lab tests", Priorities),
    ];

    public static readonly IReadOnlyList<QueueDesk> Desks =
    [
        new("desk-1", "1", [Reception, Cashier]),
        new("desk-2", "2", [Reception, Cashier]),
        new("desk-3", "3", [Lab, Reception]),
    ];

    /// <summary>Writes every demo branch's queue set-up; each step is an upsert, safe to repeat.</summary>
    public static async Task<(int Lines, int Desks)> SeedAsync(IGrainFactory grains)
    {
        var branches = DemoBranches.All(DateOnly.MinValue);
        foreach (var branch in branches)
        {
            var setup = grains.GetGrain<IQueueSetupGrain>(branch.Id);
            // In order: a desk refers to lines, and the lines' order is the screens' order.
            foreach (var line in Lines) await setup.UpsertLineAsync(line);
            foreach (var desk in Desks) await setup.UpsertDeskAsync(desk);
        }
        return (branches.Count * Lines.Count, branches.Count * Desks.Count);
    }
}
