namespace Frontdesk.Silo;

/// <summary>A grain's identity: its stable type name (as stored in the journal) and its key.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
