namespace Frontdesk.Silo;

/// <summary>
/// A grain class that receives durable reminders, as in Orleans. A reminder outlives activations and node
/// restarts; it is delivered at least once, so <see cref="ReceiveReminder"/> must be idempotent.
/// </summary>
public interface IRemindable
{
    Task ReceiveReminder(string reminderName, TickStatus status);
}
