namespace Frontdesk.Grains.Security;

public sealed class AccessLogState : IJournaledState<AccessRefused>
{
    public List<AccessRefusal> Refusals { get; set; } = [];

    public void Apply(AccessRefused @event) => Refusals.Add(@event.Refusal);
}
