namespace Frontdesk.Silo;

/// <summary>A reference was asked for an interface that no registered grain class implements.</summary>
public sealed class UnknownGrainTypeException(Type grainInterface, IEnumerable<string> known)
    : ArgumentException(
        $"No grain class implements {grainInterface.FullName}. Registered grain interfaces: {string.Join(", ", known)}.")
{
    public Type GrainInterface { get; } = grainInterface;
}
