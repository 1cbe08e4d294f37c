namespace Frontdesk.Grains.Catalog;

/// <summary>The chain's catalog at one version: immutable, with lookups. Built by the catalog grain after each change.</summary>
public sealed class CatalogView
{
    private readonly Dictionary<string, Branch> _branches;
    private readonly Dictionary<string, Direction> _directions;
    private readonly Dictionary<string, Service> _services;
    private readonly Dictionary<string, Specialist> _specialists;
    private readonly Dictionary<string, Resource> _resources;

    public CatalogView(long version, ChainProfile profile, IEnumerable<Branch> branches, IEnumerable<Direction> directions,
        IEnumerable<Service> services, IEnumerable<Specialist> specialists, IEnumerable<Resource> resources)
    {
        Version = version;
        Profile = profile;
        _branches = branches.ToDictionary(b => b.Id);
        _directions = directions.ToDictionary(d => d.Id);
        _services = services.ToDictionary(s => s.Id);
        _specialists = specialists.ToDictionary(s => s.Id);
        _resources = resources.ToDictionary(r => r.Id);
    }

    public long Version { get; }
    public ChainProfile Profile { get; }
    public IReadOnlyCollection<Branch> Branches => _branches.Values;
    public IReadOnlyCollection<Direction> Directions => _directions.Values;
    public IReadOnlyCollection<Service> Services => _services.Values;
    public IReadOnlyCollection<Specialist> Specialists => _specialists.Values;
    public IReadOnlyCollection<Resource> Resources => _resources.Values;

    public Branch? FindBranch(string id) => _branches.GetValueOrDefault(id);
    public Branch? FindBranchByCode(string code) => _branches.Values.FirstOrDefault(b => string.Equals(b.Code, code, StringComparison.OrdinalIgnoreCase));
    public Direction? FindDirection(string id) => _directions.GetValueOrDefault(id);
    public Service? FindService(string id) => _services.GetValueOrDefault(id);
    public Specialist? FindSpecialist(string id) => _specialists.GetValueOrDefault(id);
    public Specialist? FindSpecialistByNumber(int number) => _specialists.Values.FirstOrDefault(s => s.Number == number);
    public Resource? FindResource(string id) => _resources.GetValueOrDefault(id);

    public Branch Branch(string id) => FindBranch(id) ?? throw CommandRejectedException.NotFound("unknown-branch", $"There is no branch '{id}'.");
    public Service Service(string id) => FindService(id) ?? throw CommandRejectedException.NotFound("unknown-service", $"There is no service '{id}'.");
    public Specialist Specialist(string id) => FindSpecialist(id) ?? throw CommandRejectedException.NotFound("unknown-specialist", $"There is no specialist '{id}'.");

    public IEnumerable<Resource> ResourcesOf(string branchId, string type) =>
        _resources.Values.Where(r => r.BranchId == branchId && r.Type == type).OrderBy(r => r.Id, StringComparer.Ordinal);

    public IEnumerable<Specialist> SpecialistsOf(string branchId) =>
        _specialists.Values.Where(s => s.BranchIds.Contains(branchId)).OrderBy(s => s.Name, StringComparer.CurrentCulture);

    public TimeZoneInfo TimeZoneOf(string branchId) => TimeZoneInfo.FindSystemTimeZoneById(Branch(branchId).TimeZone);
}
