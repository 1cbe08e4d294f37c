namespace Frontdesk.Silo;

public interface IGrainFactory
{
    /// <summary>
    /// Builds a reference to the grain: local and synchronous, it activates nothing.
    /// The reference stays valid across deactivations; the first call activates the grain.
    /// </summary>
    /// <exception cref="UnknownGrainTypeException">No grain class implements <typeparamref name="TGrain"/>.</exception>
    /// <exception cref="ArgumentException">The key is null, empty or blank.</exception>
    TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey;
}
