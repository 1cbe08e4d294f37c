namespace Frontdesk.Silo.Tests.Grains;

public sealed class ReminderLog : IJournaledState<ReminderReceived>
{
    public List<string> Received { get; set; } = [];

    public void Apply(ReminderReceived @event) => Received.Add(@event.Name);
}
