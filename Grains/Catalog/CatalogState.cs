namespace Frontdesk.Grains.Catalog;

public sealed class CatalogState : IJournaledState<CatalogEvent>
{
    public ChainProfile? Profile { get; set; }
    public Dictionary<string, Branch> Branches { get; set; } = [];
    public Dictionary<string, Direction> Directions { get; set; } = [];
    public Dictionary<string, Service> Services { get; set; } = [];
    public Dictionary<string, Specialist> Specialists { get; set; } = [];
    public Dictionary<string, Resource> Resources { get; set; } = [];

    public void Apply(CatalogEvent @event)
    {
        switch (@event)
        {
            case ChainProfileSet e: Profile = e.Profile; break;
            case BranchUpserted e: Branches[e.Branch.Id] = e.Branch; break;
            case DirectionUpserted e: Directions[e.Direction.Id] = e.Direction; break;
            case ServiceUpserted e: Services[e.Service.Id] = e.Service; break;
            case SpecialistUpserted e: Specialists[e.Specialist.Id] = e.Specialist; break;
            case ResourceUpserted e: Resources[e.Resource.Id] = e.Resource; break;
        }
    }
}
