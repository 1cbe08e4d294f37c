namespace Frontdesk.Web.Realtime;

/// <summary>
/// Says that a pushed item is partial: its array at <see cref="List"/> (a dotted path into the item, e.g.
/// "day.bookings") holds only the entries, matched by their "id", that changed or came since the version the client
/// holds; the entries named in <see cref="Removed"/> are gone; every other entry is as the client has it. The rest of
/// the item is whole. A day's column carries every booking ever made that day, so pushing only what a commit touched
/// keeps a push to a thousand screens a few hundred bytes each instead of the whole day.
/// </summary>
public sealed record ItemPatch(string List, IReadOnlyList<string> Removed);
