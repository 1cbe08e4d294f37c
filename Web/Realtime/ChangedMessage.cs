using System.Text.Json.Serialization;

namespace Frontdesk.Web.Realtime;

/// <summary>
/// Pushed to a topic's subscribers: <see cref="Key"/> moved to <see cref="Version"/>, and <see cref="Data"/> is its state
/// there. <see cref="FirstVersion"/> is the first version this message covers, so a client holding FirstVersion − 1
/// applies it and any other client refetches. A message with FirstVersion = Version + 1 says "refetch unless you
/// already have Version": it is sent for changes that cannot be applied as one item (a new column in the calendar).
/// With a <see cref="Patch"/>, <see cref="Data"/> is partial and applies only over FirstVersion − 1 (see <see cref="ItemPatch"/>).
/// </summary>
public sealed record ChangedMessage(
    string Topic,
    string Key,
    long FirstVersion,
    long Version,
    object? Data,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ItemPatch? Patch = null);
