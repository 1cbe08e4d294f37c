namespace Frontdesk.Grains.Queue;

/// <summary>A desk went on a break (<see cref="Paused"/>) or came back from one.</summary>
public sealed record QueueDeskPaused(string DeskId, bool Paused) : QueueSetupEvent;
