namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>How the fake printer answers <c>DLE EOT 4</c>.</summary>
public enum PaperSensor
{
    Present,
    Out,

    /// <summary>A printer without real-time status: it never answers.</summary>
    Silent,
}
