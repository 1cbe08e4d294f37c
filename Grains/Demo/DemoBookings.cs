using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Clients;

namespace Frontdesk.Grains.Demo;

/// <summary>
/// A lively calendar for a newcomer: at every branch, today about two thirds booked and the next days less so, with
/// confirmed and unconfirmed visits, online ones, two services back to back, cancellations. The plan is fixed by the
/// date and each visit's operation id by its day and position, so a second run (a first one cut short) adds nothing.
/// The days refuse a start more than a few minutes past, so today's earlier hours stay empty: the visits that show a
/// client arrived, in the chair, done or missing are the ones starting around the time of the run.
/// </summary>
public sealed class DemoBookings(IGrainFactory grains, TimeProvider time)
{
    /// <summary>The share of working time booked on today's calendar and on each of the days after it.</summary>
    public static readonly IReadOnlyList<double> Occupancy = [0.65, 0.5, 0.4, 0.3];

    /// <summary>A visit starting this long ago is still placed (reception enters a late client); the day allows a little more.</summary>
    private static readonly TimeSpan LateEntry = TimeSpan.FromMinutes(10);

    /// <summary>Visits starting this soon show their client already arrived.</summary>
    private static readonly TimeSpan ArrivedAhead = TimeSpan.FromMinutes(45);

    /// <summary>How many bookings were made.</summary>
    public async Task<int> SeedAsync(DateOnly today, IReadOnlyList<ClientCard> clients)
    {
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var now = time.GetUtcNow();
        var lanes = catalog.Branches.SelectMany(branch => Occupancy.Select((share, i) => SeedBranchDayAsync(catalog, branch, today.AddDays(i), share, clients, now)));
        return (await Task.WhenAll(lanes)).Sum();
    }

    private async Task<int> SeedBranchDayAsync(CatalogView catalog, Branch branch, DateOnly date, double occupancy, IReadOnlyList<ClientCard> clients,
        DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(branch.TimeZone);
        // Ahead of UTC, a branch may already be a day further: a date past there gets nothing.
        if (date < BranchClock.Today(now, zone)) return 0;
        var rooms = new DemoRooms(catalog, branch.Id);
        var plan = new List<DemoVisit>();
        foreach (var specialist in catalog.SpecialistsOf(branch.Id).OrderBy(s => s.Number))
        {
            var key = new SpecialistDayKey(branch.Id, specialist.Id, date);
            var day = await Day(key).GetAsync();
            plan.AddRange(DemoDayPlanner.Plan(catalog, specialist, key, day.Hours, occupancy, rooms, clients));
        }
        var placed = 0;
        var roles = new TodayRoles();
        // In order of start, each visit finds a room free (see DemoRooms).
        foreach (var visit in plan.OrderBy(v => v.Start).ThenBy(v => v.Day.SpecialistId, StringComparer.Ordinal))
        {
            var startsAt = BranchClock.ToUtc(date, visit.Start, zone)!.Value;
            if (startsAt < now - LateEntry) continue;
            var client = new BookingClient(visit.Client.Id, visit.Client.Name, visit.Client.Phones.FirstOrDefault());
            Booking booking;
            try
            {
                booking = await Day(visit.Day).BookAsync(new BookingRequest(visit.OperationId, client, visit.ServiceIds, visit.Start, visit.Source,
                    visit.Confirmed));
            }
            catch (CommandRejectedException)
            {
                // The demo decorates a start-up; a visit the day will not take is left out rather than stopping the engine.
                continue;
            }
            placed++;
            // A repeated run finds the booking as the first run left it, and leaves it so.
            if (booking.Status is not (BookingStatus.Unconfirmed or BookingStatus.Confirmed)) continue;
            await ActAsync(Day(visit.Day), booking.Id, visit.CancelReason is not null ? DemoStep.Cancel(visit.CancelReason) : roles.For(startsAt, now, ArrivedAhead));
        }
        return placed;
    }

    private static async Task ActAsync(ISpecialistDayGrain day, string bookingId, DemoStep step)
    {
        switch (step.Status)
        {
            case BookingStatus.Cancelled:
                await day.CancelAsync(bookingId, step.Reason!);
                break;
            case BookingStatus.NoShow:
                await day.MarkNoShowAsync(bookingId);
                break;
            case BookingStatus.Arrived or BookingStatus.InProgress or BookingStatus.Completed:
                await day.CheckInAsync(bookingId);
                if (step.Status == BookingStatus.Arrived) break;
                await day.StartVisitAsync(bookingId);
                if (step.Status == BookingStatus.Completed) await day.CompleteVisitAsync(bookingId);
                break;
        }
    }

    private ISpecialistDayGrain Day(SpecialistDayKey key) => grains.GetGrain<ISpecialistDayGrain>(key.ToString());
}
