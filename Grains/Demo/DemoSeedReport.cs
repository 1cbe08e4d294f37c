namespace Frontdesk.Grains.Demo;

/// <summary>What one run of the demo seeder wrote; all zero when the chain was already set up.</summary>
public sealed record DemoSeedReport(bool Seeded, int Branches, int Directions, int Services, int Resources, int Specialists,
    int ScheduleChanges, int Clients, int Bookings, int QueueLines, int Desks)
{
    public static readonly DemoSeedReport AlreadySetUp = new(false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
