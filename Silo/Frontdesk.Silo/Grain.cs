using Frontdesk.Silo.Runtime;

namespace Frontdesk.Silo;

/// <summary>
/// Base class of every grain. One call runs at a time (a turn, across its awaits);
/// do not block (<c>.Result</c>, <c>.Wait()</c>) and do not use <c>ConfigureAwait(false)</c>.
/// </summary>
public abstract class Grain
{
    private Activation? _activation;

    internal Activation Activation
    {
        get => _activation ?? throw new InvalidOperationException("This grain instance was not created by the silo.");
        set => _activation = value;
    }

    public GrainId GrainId => Activation.Id;

    protected IGrainFactory GrainFactory => Activation.Catalog.Factory;

    public string GetPrimaryKeyString() => Activation.Id.Key;

    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Registers (or moves) a durable reminder that calls <see cref="IRemindable.ReceiveReminder"/> after
    /// <paramref name="dueTime"/>, then every <paramref name="period"/>; a zero period fires once. The grain
    /// class must implement <see cref="IRemindable"/>. Returns when the reminder is durable.
    /// </summary>
    protected Task RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period) =>
        Activation.Catalog.Reminders.RegisterAsync(this, reminderName, dueTime, period);

    /// <summary>Removes a reminder; returns when that is durable. Removing one that does not exist is harmless.</summary>
    protected Task UnregisterReminder(string reminderName) => Activation.Catalog.Reminders.UnregisterAsync(GrainId, reminderName);

    /// <summary>Deactivates this activation once the current turn and the calls already queued are done.</summary>
    protected void DeactivateOnIdle() => Activation.RequestDeactivation();
}
