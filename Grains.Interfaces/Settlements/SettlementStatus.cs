namespace Frontdesk.Grains.Settlements;

public enum SettlementStatus
{
    NotStarted,
    Running,
    Settled,
    /// <summary>Refused part-way; every step taken was undone.</summary>
    Failed,
    /// <summary>Settled, then voided with a supervisor's approval: every step was reversed.</summary>
    Voided,
}
