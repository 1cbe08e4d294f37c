using System.Text.Json;
using System.Text.Json.Nodes;

namespace Frontdesk.TestSupport.Realtime;

/// <summary>
/// Applies a partial push over the whole item it follows, as the browser does (Web/ClientApp/src/realtime/itemPatch.ts):
/// the list at the patch's path keeps its entries in place, each replaced by its changed version, loses the removed
/// ones and gains the new ones at its end; the rest comes from the partial item.
/// </summary>
public static class ItemPatchMerge
{
    public static JsonElement Apply(JsonElement whole, JsonElement partial, JsonElement patch)
    {
        var path = patch.GetProperty("list").GetString()!.Split('.');
        var removed = patch.GetProperty("removed").EnumerateArray().Select(r => r.GetString()!).ToHashSet();
        var result = JsonNode.Parse(partial.GetRawText())!;
        var changed = ListAt(result, path);
        var changes = changed.Select(entry => entry!).ToDictionary(entry => entry["id"]!.GetValue<string>());
        var merged = new JsonArray();
        foreach (var entry in ListAt(JsonNode.Parse(whole.GetRawText())!, path))
        {
            var id = entry!["id"]!.GetValue<string>();
            if (removed.Contains(id)) continue;
            merged.Add((changes.Remove(id, out var newer) ? newer : entry).DeepClone());
        }
        foreach (var entry in changes.Values) merged.Add(entry.DeepClone());
        var parent = path.Length == 1 ? result : path[..^1].Aggregate(result, (node, name) => node[name]!);
        parent[path[^1]] = merged;
        return JsonSerializer.SerializeToElement(result);
    }

    private static JsonArray ListAt(JsonNode item, string[] path) =>
        path.Aggregate((JsonNode?)item, (node, name) => node?[name]) as JsonArray
        ?? throw new InvalidOperationException($"A patched item has no list at {string.Join('.', path)}.");
}
