namespace Frontdesk.Kiosk.Engine;

/// <summary>A line of the branch's queue, e.g. prefix "A", "Reception".</summary>
public sealed record QueueLine(string Id, string Prefix, string Name);
