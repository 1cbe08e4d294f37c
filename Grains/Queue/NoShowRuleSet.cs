namespace Frontdesk.Grains.Queue;

public sealed record NoShowRuleSet(int RecallsBeforeNoShow) : QueueSetupEvent;
