using System.Collections.Concurrent;

namespace Frontdesk.Silo.Tests.Grains;

/// <summary>A singleton the test grains report their lifecycle to, so tests can wait for it.</summary>
public sealed class ActivationProbe
{
    public ConcurrentQueue<(GrainId Grain, long ValueAtActivation)> Activations { get; } = new();
    public ConcurrentQueue<(GrainId Grain, DeactivationReason Reason)> Deactivations { get; } = new();

    public void Activated(GrainId grain, long value) => Activations.Enqueue((grain, value));
    public void Deactivated(GrainId grain, DeactivationReason reason) => Deactivations.Enqueue((grain, reason));
}
