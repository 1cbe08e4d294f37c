namespace Frontdesk.Web.Realtime;

/// <summary>This process's identity for the screens: a new one at every start.</summary>
public sealed class NodeInstance
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
}
