namespace Frontdesk.Silo;

public enum DeactivationReason
{
    /// <summary>Idle for longer than the collection age.</summary>
    IdleCollected,
    /// <summary>The grain asked for it with <c>DeactivateOnIdle</c>.</summary>
    ApplicationRequested,
    /// <summary>The silo is stopping.</summary>
    ShuttingDown,
}
