namespace Frontdesk.Silo.Tests.Grains;

/// <summary>Journals every reminder it receives, so a test can count deliveries across restarts.</summary>
[GrainType("test-reminder")]
public sealed class ReminderGrain : JournaledGrain<ReminderLog, ReminderReceived>, IReminderGrain, IRemindable
{
    public Task ScheduleAsync(string name, TimeSpan due, TimeSpan period) => RegisterOrUpdateReminder(name, due, period);

    public Task CancelAsync(string name) => UnregisterReminder(name);

    public Task<IReadOnlyList<string>> ReceivedAsync() => Task.FromResult<IReadOnlyList<string>>([.. State.Received]);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        RaiseEvent(new ReminderReceived(reminderName, status.CurrentTickTime));
        return Task.CompletedTask;
    }
}
