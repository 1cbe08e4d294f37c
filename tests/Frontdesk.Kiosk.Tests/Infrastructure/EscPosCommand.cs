namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>A decoded command by its manual name ("ESC @", "GS !", "GS ( k") and the bytes after the name.</summary>
public sealed record EscPosCommand(string Name, byte[] Parameters) : IEscPosPart
{
    public override string ToString() => $"{Name} {Convert.ToHexString(Parameters)}";
}
