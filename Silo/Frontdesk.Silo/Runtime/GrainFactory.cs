namespace Frontdesk.Silo.Runtime;

internal sealed class GrainFactory(GrainTypeRegistry registry, Catalog catalog) : IGrainFactory
{
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        if (string.IsNullOrWhiteSpace(key))
            throw new ArgumentException($"A {typeof(TGrain).Name} needs a key: it was {(key is null ? "null" : "empty")}.", nameof(key));
        var registration = registry.Resolve(typeof(TGrain));
        return GrainProxy.Create<TGrain>(catalog, new GrainId(registration.TypeName, key), registration);
    }
}
