namespace Frontdesk.Web;

/// <summary>What this node is and has done, for operators and for a newcomer's first look.</summary>
/// <param name="HearsOtherNodes">False while its listening connection is down: it then re-reads each grain before each turn.</param>
/// <param name="StaleRefusals">Refusals it re-ran because another node had appended meanwhile.</param>
internal sealed record NodeInfo(
    string Product, string Node, string Storage, bool Leads, bool HearsOtherNodes, int Activations, long Commits, long AppendConflicts,
    long StaleRefusals, DateTimeOffset Now);
