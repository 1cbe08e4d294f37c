using System.Text.Json;

namespace Frontdesk.TestSupport.Realtime;

public sealed record LiveItem(string Key, long Version, JsonElement Data);
