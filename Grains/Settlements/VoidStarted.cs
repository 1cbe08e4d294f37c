namespace Frontdesk.Grains.Settlements;

public sealed record VoidStarted(VoidApproval Approval, DateTimeOffset At) : SettlementEvent;
