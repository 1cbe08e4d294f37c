using System.Text.Json;

namespace Frontdesk.TestSupport.Realtime;

/// <summary>A <c>changed</c> push as a test sees it, with when it arrived (for push-latency figures).</summary>
/// <param name="Data">The whole item at <see cref="Version"/>: a partial push is applied over the item the client held.</param>
/// <param name="Partial">True when the push carried only what changed (a patch), and <see cref="Data"/> was rebuilt from it.</param>
/// <param name="Sent">The item as it came over the wire (for a partial push, only what changed).</param>
public sealed record LiveChange(string Topic, string Key, long FirstVersion, long Version, JsonElement Data, long ReceivedTimestamp, bool Partial, JsonElement Sent);
