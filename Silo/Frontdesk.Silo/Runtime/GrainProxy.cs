using System.Reflection;

namespace Frontdesk.Silo.Runtime;

/// <summary>
/// The typed grain reference: a proxy of the grain interface that turns each call into a message for the
/// grain's activation. Building one activates nothing (Orleans generates these at compile time; a runtime
/// proxy keeps the same surface).
/// </summary>
public class GrainProxy : DispatchProxy
{
    private Catalog? _catalog;
    private GrainId _id;
    private GrainRegistration? _registration;

    internal static TGrain Create<TGrain>(Catalog catalog, GrainId id, GrainRegistration registration)
    {
        var proxy = Create<TGrain, GrainProxy>();
        var self = (GrainProxy)(object)proxy!;
        (self._catalog, self._id, self._registration) = (catalog, id, registration);
        return proxy;
    }

    public GrainId GrainId => _id;

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        GrainMethod.For(targetMethod!).Invoke(_catalog!, _id, _registration!, args);

    public override string ToString() => $"GrainReference:{_id}";
}
