namespace Frontdesk.Bench.Cluster;

/// <summary>
/// Which node serves a branch: a stable hash of the branch id over the nodes, as the nginx in deploy/ does with
/// `hash $branch consistent`, so one branch's receptionists, kiosks and screens meet on one node.
/// </summary>
internal sealed class BranchRouting(IReadOnlyList<Uri> nodes)
{
    public int Nodes => nodes.Count;

    public Uri NodeOf(string branchId)
    {
        var hash = 2166136261u;
        foreach (var c in branchId) hash = (hash ^ c) * 16777619u;
        return nodes[(int)(hash % (uint)nodes.Count)];
    }
}
