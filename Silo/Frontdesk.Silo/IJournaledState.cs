namespace Frontdesk.Silo;

/// <summary>A journaled grain's state that folds its own events; the alternative is overriding <c>TransitionState</c>.</summary>
public interface IJournaledState<in TEvent>
{
    void Apply(TEvent @event);
}
