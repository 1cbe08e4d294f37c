namespace Frontdesk.Grains.Settlements;

public sealed class SettlementState : IJournaledState<SettlementEvent>
{
    public SettlementStatus Status { get; set; }
    /// <summary>Which attempt at settling this visit: a failed one is undone and the next starts afresh.</summary>
    public int Attempt { get; set; }
    public SettlementDocument? Document { get; set; }
    public HashSet<string> Done { get; set; } = [];
    public HashSet<string> Undone { get; set; } = [];
    public List<string> Steps { get; set; } = [];
    public SettlementFailed? Failure { get; set; }
    public VoidApproval? Void { get; set; }
    public bool Voiding { get; set; }
    public List<ReprintLogged> Reprints { get; set; } = [];

    public void Apply(SettlementEvent @event)
    {
        switch (@event)
        {
            case SettlementStarted e:
                (Status, Document, Failure) = (SettlementStatus.Running, e.Document, null);
                Attempt++;
                Done.Clear();
                Undone.Clear();
                Void = null;
                break;
            case SettlementStepDone e: Done.Add(e.Step); break;
            case SettlementCompleted: Status = SettlementStatus.Settled; break;
            case SettlementFailed e: (Status, Failure) = (SettlementStatus.Failed, e); break;
            case VoidStarted e: (Void, Voiding) = (e.Approval, true); break;
            case VoidStepDone e: Undone.Add(e.Step); break;
            case SettlementVoided: (Status, Voiding) = (SettlementStatus.Voided, false); break;
            case ReprintLogged e: Reprints.Add(e); break;
        }
        Steps.Add(@event switch
        {
            SettlementStepDone e => e.Step,
            VoidStepDone e => "undo-" + e.Step,
            _ => @event.GetType().Name,
        });
    }
}
