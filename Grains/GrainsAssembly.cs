namespace Frontdesk.Grains;

/// <summary>Names this assembly for the silo's grain scan (<c>AddGrains(typeof(GrainsAssembly).Assembly)</c>).</summary>
public static class GrainsAssembly;
