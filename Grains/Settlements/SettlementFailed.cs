namespace Frontdesk.Grains.Settlements;

public sealed record SettlementFailed(string Code, string Message, string Kind) : SettlementEvent;
