using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Demo;

/// <summary>
/// What a visit around the time of the run shows at one branch: of those already begun, the first is in the chair, the
/// second a no-show, the third done (then round again); the next couple about to begin have their client arrived.
/// </summary>
internal sealed class TodayRoles
{
    private static readonly BookingStatus[] Begun = [BookingStatus.InProgress, BookingStatus.NoShow, BookingStatus.Completed];
    private const int ArrivedAtMost = 2;

    private int _begun;
    private int _arrived;

    public DemoStep For(DateTimeOffset startsAt, DateTimeOffset now, TimeSpan arrivedAhead)
    {
        if (startsAt <= now) return new DemoStep(Begun[_begun++ % Begun.Length]);
        if (startsAt <= now + arrivedAhead && _arrived < ArrivedAtMost)
        {
            _arrived++;
            return new DemoStep(BookingStatus.Arrived);
        }
        return DemoStep.AsBooked;
    }
}
