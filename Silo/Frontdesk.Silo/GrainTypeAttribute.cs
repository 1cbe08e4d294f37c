namespace Frontdesk.Silo;

/// <summary>
/// The stable name a grain class is stored under in the journal. Without it the class name is used,
/// so renaming a class would orphan its history: journaled grains should carry one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
