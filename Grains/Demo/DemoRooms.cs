using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Demo;

/// <summary>
/// The rooms and devices of one branch-date as the plan takes them (local minutes of the day). A visit is planned only
/// where fewer visits overlap it than the branch has rooms of its type, so placing the visits in order of start always
/// finds each one a room: no demo booking is refused for want of one.
/// </summary>
internal sealed class DemoRooms(CatalogView catalog, string branchId)
{
    private readonly Dictionary<string, List<(int From, int To)>> _taken = [];

    public bool Fits(string? type, int from, int to) =>
        type is null || Taken(type).Count(t => t.From < to && from < t.To) < catalog.ResourcesOf(branchId, type).Count();

    public void Take(string? type, int from, int to)
    {
        if (type is not null) Taken(type).Add((from, to));
    }

    private List<(int From, int To)> Taken(string type) => _taken.TryGetValue(type, out var list) ? list : _taken[type] = [];
}
