using System.Text.Json;

namespace Frontdesk.TestSupport.Realtime;

/// <summary>A <c>changed</c> push as a test sees it, with when it arrived (for push-latency figures).</summary>
public sealed record LiveChange(string Topic, string Key, long FirstVersion, long Version, JsonElement Data, long ReceivedTimestamp);
