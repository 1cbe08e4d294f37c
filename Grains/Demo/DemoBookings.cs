namespace Frontdesk.Grains.Demo;

/// <summary>
/// The demo's bookings: the place for them once the specialist-day grains exist (another branch of work is writing
/// them). It runs after the catalog, schedules and clients are in, so it may book any demo client with any demo
/// specialist; until then it books nothing, and the seeder does not call a booking grain.
/// </summary>
public sealed class DemoBookings
{
    /// <summary>How many bookings were made.</summary>
    public Task<int> SeedAsync(DateOnly today, IReadOnlyList<Clients.ClientCard> clients) => Task.FromResult(0);
}
