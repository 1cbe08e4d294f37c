using System.Reflection;
using Frontdesk.Silo.Journal;

namespace Frontdesk.Silo.Hosting;

/// <summary>What a node hosts: its grain classes, its journal database and its runtime options.</summary>
public sealed class SiloBuilder
{
    internal List<Type> GrainClasses { get; } = [];
    internal StorageSettings? Storage { get; private set; }
    internal Func<IServiceProvider, IJournalStorage>? StorageFactory { get; private set; }
    internal List<Action<SiloOptions>> OptionActions { get; } = [];

    public SiloBuilder AddGrains(Assembly assembly)
    {
        GrainClasses.AddRange(Runtime.GrainTypeRegistry.GrainClassesIn(assembly));
        return this;
    }

    public SiloBuilder AddGrain<TGrain>() where TGrain : Grain
    {
        GrainClasses.Add(typeof(TGrain));
        return this;
    }

    public SiloBuilder UseStorage(StorageSettings settings)
    {
        (Storage, StorageFactory) = (settings, null);
        return this;
    }

    public SiloBuilder UseSqlite(string filePath) =>
        UseStorage(new StorageSettings(StorageSettings.Sqlite, $"Data Source={filePath}"));

    public SiloBuilder UsePostgreSql(string connectionString) =>
        UseStorage(new StorageSettings(StorageSettings.PostgreSql, connectionString));

    /// <summary>A storage of the caller's making (tests wrap a real database to inject faults).</summary>
    public SiloBuilder UseStorage(Func<IServiceProvider, IJournalStorage> factory)
    {
        (Storage, StorageFactory) = (null, factory);
        return this;
    }

    public SiloBuilder Configure(Action<SiloOptions> configure)
    {
        OptionActions.Add(configure);
        return this;
    }
}
