namespace Frontdesk.Grains;

/// <summary>Keys of the grains that exist once per deployment: one deployment serves one chain.</summary>
public static class Chain
{
    public const string Key = "chain";
}
