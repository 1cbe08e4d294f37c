namespace Frontdesk.Grains.Queue;

public sealed record QueueLineUpserted(QueueLine Line) : QueueSetupEvent;
