using System.Text.Json;

namespace Frontdesk.TestSupport.Realtime;

public sealed record LiveSnapshot(string NodeInstance, IReadOnlyList<LiveItem> Items);
