namespace Frontdesk.Web;

/// <summary>What this node is and has done, for operators and for a newcomer's first look.</summary>
internal sealed record NodeInfo(
    string Product, string Node, string Storage, bool Leads, int Activations, long Commits, long AppendConflicts, DateTimeOffset Now);
