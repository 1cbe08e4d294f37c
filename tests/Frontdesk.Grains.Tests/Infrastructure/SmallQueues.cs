using Frontdesk.Grains.Queue;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>
/// The queue of <see cref="SmallChain"/>'s Moscow branch (UTC+3, so its midnight is 21:00 UTC): A reception and
/// B cashier with booked (rank 2) and elderly (rank 1) classes, C lab with none; desks 1 and 2 serve A and B, desk 3 serves C.
/// </summary>
public static class SmallQueues
{
    public const string Branch = SmallChain.Moscow;
    public const string Reception = "reception";
    public const string Cashier = "cashier";
    public const string Lab = "lab";
    public const string Desk1 = "desk-1";
    public const string Desk2 = "desk-2";
    public const string Desk3 = "desk-3";

    public static readonly IReadOnlyList<PriorityClass> Classes = [new(PriorityClass.Booked, "Booked", 2), new("elderly", "Elderly", 1)];

    public static async Task SeedAsync(TestChain chain)
    {
        var setup = chain.Grains.GetGrain<IQueueSetupGrain>(Branch);
        await setup.UpsertLineAsync(new QueueLine(Reception, "A", "Reception", Classes));
        await setup.UpsertLineAsync(new QueueLine(Cashier, "B", "Cashier", Classes));
        await setup.UpsertLineAsync(new QueueLine(Lab, "C", "Lab", []));
        await setup.UpsertDeskAsync(new QueueDesk(Desk1, "1", [Reception, Cashier]));
        await setup.UpsertDeskAsync(new QueueDesk(Desk2, "2", [Reception, Cashier]));
        await setup.UpsertDeskAsync(new QueueDesk(Desk3, "3", [Lab]));
    }

    public static TicketRequest Kiosk(string? priority = null, string? operationId = null) =>
        new(operationId ?? Guid.NewGuid().ToString("N"), TicketSource.Kiosk, "kiosk-1", priority);

    public static string CounterKey(string line, DateOnly date) => new QueueCounterKey(Branch, line, date).ToString();
}
