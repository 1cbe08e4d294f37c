using System.Reflection;
using System.Text.Json.Serialization;

namespace Frontdesk.Silo.Runtime;

/// <summary>Which class implements each grain interface, under which stored name. Built once at start-up; mistakes fail start-up.</summary>
public sealed class GrainTypeRegistry
{
    private readonly Dictionary<Type, GrainRegistration> _byInterface = [];
    private readonly Dictionary<string, GrainRegistration> _byTypeName = new(StringComparer.Ordinal);

    public GrainTypeRegistry(IEnumerable<Type> grainClasses)
    {
        foreach (var implementation in grainClasses.Distinct())
        {
            if (implementation.IsAbstract || !typeof(Grain).IsAssignableFrom(implementation))
                throw new ArgumentException($"{implementation.FullName} is not a concrete grain class.");
            var name = implementation.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? implementation.Name;
            var registration = new GrainRegistration(name, implementation, JournaledEventType(implementation));
            if (!_byTypeName.TryAdd(name, registration) && _byTypeName[name].ImplementationType != implementation)
                throw new ArgumentException(
                    $"Grain type name '{name}' is used by both {_byTypeName[name].ImplementationType.FullName} and {implementation.FullName}.");
            foreach (var grainInterface in implementation.GetInterfaces().Where(IsGrainInterface))
            {
                foreach (var method in grainInterface.GetMethods()) GrainMethod.Validate(method);
                if (_byInterface.TryGetValue(grainInterface, out var existing) && existing.ImplementationType != implementation)
                    throw new ArgumentException(
                        $"{grainInterface.FullName} is implemented by both {existing.ImplementationType.FullName} and {implementation.FullName}.");
                _byInterface[grainInterface] = registration;
            }
        }
    }

    public static IEnumerable<Type> GrainClassesIn(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(t));

    public GrainRegistration Resolve(Type grainInterface) =>
        _byInterface.TryGetValue(grainInterface, out var registration)
            ? registration
            : throw new UnknownGrainTypeException(grainInterface, _byInterface.Keys.Select(t => t.Name).Order());

    public GrainRegistration? FindByTypeName(string typeName) => _byTypeName.GetValueOrDefault(typeName);

    public IEnumerable<GrainRegistration> All => _byTypeName.Values;

    private static bool IsGrainInterface(Type type) =>
        type != typeof(IGrainWithStringKey) && type != typeof(IGrain) && typeof(IGrainWithStringKey).IsAssignableFrom(type);

    private static Type? JournaledEventType(Type implementation)
    {
        for (var type = implementation; type is not null; type = type.BaseType)
        {
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(JournaledGrain<,>)) continue;
            var eventType = type.GetGenericArguments()[1];
            // An event hierarchy stored without discriminators could not be read back.
            if ((eventType.IsAbstract || eventType.IsInterface) && eventType.GetCustomAttributes<JsonDerivedTypeAttribute>().All(_ => false))
                throw new ArgumentException(
                    $"{implementation.Name} raises {eventType.Name}, which is abstract: mark it with [JsonDerivedType] for each event record so the journal can read them back.");
            return eventType;
        }
        return null;
    }
}
