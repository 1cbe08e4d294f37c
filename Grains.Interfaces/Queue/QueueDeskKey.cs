namespace Frontdesk.Grains.Queue;

/// <summary>Which desk grain: "{branch}/{desk}".</summary>
public readonly record struct QueueDeskKey(string BranchId, string DeskId)
{
    public override string ToString() => $"{BranchId}/{DeskId}";

    public static bool TryParse(string? key, out QueueDeskKey parsed)
    {
        parsed = default;
        var parts = key?.Split('/');
        if (parts is not { Length: 2 } || parts[0].Length == 0 || parts[1].Length == 0) return false;
        parsed = new QueueDeskKey(parts[0], parts[1]);
        return true;
    }
}
