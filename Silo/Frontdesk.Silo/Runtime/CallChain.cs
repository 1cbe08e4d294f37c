namespace Frontdesk.Silo.Runtime;

/// <summary>The grains whose turns are waiting, each on the next, for the call now running (innermost first).</summary>
internal sealed class CallChain(GrainId grain, CallChain? caller)
{
    private static readonly AsyncLocal<CallChain?> Flowing = new();

    public static CallChain? Current
    {
        get => Flowing.Value;
        set => Flowing.Value = value;
    }

    public GrainId Grain => grain;

    public bool Contains(GrainId id)
    {
        for (var link = this; link is not null; link = link.Caller)
            if (link.Grain == id) return true;
        return false;
    }

    public CallChain? Caller => caller;

    public IEnumerable<string> Describe()
    {
        var names = new List<string>();
        for (var link = this; link is not null; link = link.Caller) names.Add(link.Grain.ToString());
        names.Reverse();
        return names;
    }
}
