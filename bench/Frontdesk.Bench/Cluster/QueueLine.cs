namespace Frontdesk.Bench.Cluster;

/// <summary>A demo branch's queue line the kiosks press for.</summary>
internal sealed record QueueLine(string BranchId, string LineId)
{
    public string Tickets => $"api/queue/branches/{BranchId}/lines/{LineId}/tickets";
}
