namespace Frontdesk.Silo.Tests.Grains;

public interface IReminderGrain : IGrainWithStringKey
{
    Task ScheduleAsync(string name, TimeSpan due, TimeSpan period);
    Task CancelAsync(string name);
    Task<IReadOnlyList<string>> ReceivedAsync();
}
