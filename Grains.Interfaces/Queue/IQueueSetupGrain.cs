using Frontdesk.Silo;

namespace Frontdesk.Grains.Queue;

/// <summary>
/// A branch's queue set-up (key: the branch id): its lines, its desks and whether each is paused, and the no-show
/// rule. Changes are checked against the catalog (the branch exists) and against each other (a prefix is used once,
/// a desk serves lines that exist). Refusals are <see cref="CommandRejectedException"/>.
/// </summary>
public interface IQueueSetupGrain : IGrainWithStringKey
{
    Task<QueueSetupView> GetAsync();

    Task<QueueSetupView> UpsertLineAsync(QueueLine line);

    Task<QueueSetupView> UpsertDeskAsync(QueueDesk desk);

    Task<QueueSetupView> SetDeskPausedAsync(string deskId, bool paused);

    Task<QueueSetupView> SetRecallsBeforeNoShowAsync(int recalls);
}
