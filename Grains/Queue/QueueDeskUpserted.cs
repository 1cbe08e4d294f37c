namespace Frontdesk.Grains.Queue;

public sealed record QueueDeskUpserted(QueueDesk Desk) : QueueSetupEvent;
