namespace Frontdesk.Grains.Catalog;

[GrainType("catalog")]
public sealed class CatalogGrain : JournaledGrain<CatalogState, CatalogEvent>, ICatalogGrain
{
    private static readonly ChainProfile Unnamed = new("Frontdesk", "RUB", "RU");

    // Readers get the same immutable view until the next change; most calls are reads.
    private CatalogView? _view;
    private CatalogState? _viewOf;
    private long _viewVersion = -1;

    public Task<CatalogView> GetAsync() => Task.FromResult(View());

    public Task<bool> IsSetUpAsync() => Task.FromResult(State.Profile is not null);

    public Task<CatalogView> SetProfileAsync(ChainProfile profile)
    {
        CatalogRules.Check(profile);
        return Raise(new ChainProfileSet(profile));
    }

    public Task<CatalogView> UpsertBranchAsync(Branch branch)
    {
        CatalogRules.Check(branch, State);
        return Raise(new BranchUpserted(branch with { OpeningHours = [.. branch.OpeningHours.OrderBy(h => h.Day)], DaysOff = [.. branch.DaysOff.Distinct().Order()] }));
    }

    public Task<CatalogView> UpsertDirectionAsync(Direction direction)
    {
        CatalogRules.Check(direction);
        return Raise(new DirectionUpserted(direction));
    }

    public Task<CatalogView> UpsertServiceAsync(Service service)
    {
        CatalogRules.Check(service, State);
        return Raise(new ServiceUpserted(service));
    }

    public Task<CatalogView> UpsertSpecialistAsync(Specialist specialist)
    {
        CatalogRules.Check(specialist, State);
        return Raise(new SpecialistUpserted(specialist with
        {
            BranchIds = [.. specialist.BranchIds.Distinct()],
            DirectionIds = [.. (specialist.DirectionIds ?? []).Distinct()],
            ServiceIds = [.. (specialist.ServiceIds ?? []).Distinct()],
        }));
    }

    public Task<CatalogView> UpsertResourceAsync(Resource resource)
    {
        CatalogRules.Check(resource, State);
        return Raise(new ResourceUpserted(resource));
    }

    private Task<CatalogView> Raise(CatalogEvent @event)
    {
        RaiseEvent(@event);
        return Task.FromResult(View());
    }

    private CatalogView View()
    {
        // A reload (a lost race, a failed call) replaces the state object, so the view is rebuilt then too.
        var version = TentativeVersion;
        if (_view is not null && _viewVersion == version && ReferenceEquals(_viewOf, State)) return _view;
        _view = new CatalogView(version, State.Profile ?? Unnamed, State.Branches.Values, State.Directions.Values, State.Services.Values,
            State.Specialists.Values, State.Resources.Values);
        (_viewVersion, _viewOf) = (version, State);
        return _view;
    }
}
