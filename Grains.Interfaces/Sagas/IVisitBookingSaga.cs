using Frontdesk.Grains.Bookings;
using Frontdesk.Silo;

namespace Frontdesk.Grains.Sagas;

/// <summary>
/// Books one visit with several specialists (key: the operation id): every part is placed as pending, then all
/// take their status; if any part is refused, the parts placed are cancelled. All or none, resumed after a crash.
/// </summary>
public interface IVisitBookingSaga : IGrainWithStringKey
{
    Task<IReadOnlyList<Booking>> RunAsync(VisitRequest request);

    Task<SagaView> GetAsync();
}
