using Frontdesk.Silo;

namespace Frontdesk.Grains.Catalog;

/// <summary>
/// The chain's catalog: branches, directions, services, specialists and resources (key <see cref="Chain.Key"/>).
/// Every change is validated against the rest (a specialist's services exist, a time zone is a real IANA zone…)
/// and answered with the new view.
/// </summary>
public interface ICatalogGrain : IGrainWithStringKey
{
    Task<CatalogView> GetAsync();

    /// <summary>True once the chain has a profile (the demo data or an operator set it up).</summary>
    Task<bool> IsSetUpAsync();

    Task<CatalogView> SetProfileAsync(ChainProfile profile);
    Task<CatalogView> UpsertBranchAsync(Branch branch);
    Task<CatalogView> UpsertDirectionAsync(Direction direction);
    Task<CatalogView> UpsertServiceAsync(Service service);
    Task<CatalogView> UpsertSpecialistAsync(Specialist specialist);
    Task<CatalogView> UpsertResourceAsync(Resource resource);
}
