namespace Frontdesk.Grains.Queue;

/// <summary>A place where tickets are called to: "Desk 3" serving lines A and B.</summary>
/// <param name="Label">What follows "Desk" on the lobby screen, e.g. "3".</param>
/// <param name="LineIds">The lines it calls from, all of them together by priority and then first come.</param>
/// <param name="Paused">A paused desk calls no one (a break); its current ticket stays with it.</param>
public sealed record QueueDesk(string Id, string Label, IReadOnlyList<string> LineIds, bool Paused = false);
