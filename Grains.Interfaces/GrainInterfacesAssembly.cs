namespace Frontdesk.Grains;

/// <summary>Names this assembly, for code that scans it for grain interfaces.</summary>
public static class GrainInterfacesAssembly;
