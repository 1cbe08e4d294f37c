using Frontdesk.Grains.Bookings;
using Frontdesk.Silo;

namespace Frontdesk.Grains.Sagas;

/// <summary>
/// Moves a booking across days or specialists (key: the operation id): the target is placed as pending, the
/// source released, then the target takes the source's status. Each step is recorded before the next, and a
/// reminder resumes a move cut off by a crash, so the client ends with exactly one booking. A refusal undoes
/// what was done and is answered as a <see cref="CommandRejectedException"/>.
/// </summary>
public interface IBookingMoveSaga : IGrainWithStringKey
{
    /// <summary>Runs the move (or, for a move already run with this id, answers its outcome again).</summary>
    Task<Booking> RunAsync(MoveRequest request);

    Task<SagaView> GetAsync();
}
