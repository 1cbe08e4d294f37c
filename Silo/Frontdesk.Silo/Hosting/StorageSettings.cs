using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Frontdesk.Silo.Hosting;

/// <summary>
/// Which journal database the node uses, read from configuration:
/// <c>ConnectionStrings:Frontdesk</c> (or the environment variable <c>ConnectionStrings__Frontdesk</c>) names a
/// PostgreSQL server; without it the node keeps an SQLite file under <c>Frontdesk:DataDirectory</c>.
/// <c>Frontdesk:Storage</c> (sqlite | postgresql) overrides the guess.
/// </summary>
public sealed record StorageSettings(string Provider, string ConnectionString)
{
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";

    public static StorageSettings FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Frontdesk:Storage"]?.Trim().ToLowerInvariant();
        var connectionString = configuration.GetConnectionString("Frontdesk");
        if (string.IsNullOrWhiteSpace(provider))
            provider = string.IsNullOrWhiteSpace(connectionString) || LooksLikeSqlite(connectionString) ? Sqlite : PostgreSql;
        switch (provider)
        {
            case Sqlite:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    var folder = configuration["Frontdesk:DataDirectory"] is { Length: > 0 } configured
                        ? Path.GetFullPath(configured, contentRoot)
                        : Path.Combine(contentRoot, "data");
                    connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "frontdesk.db") }.ToString();
                }
                Parse(() => new SqliteConnectionStringBuilder(connectionString), "an SQLite connection string (Data Source=path/to/file.db)", connectionString);
                return new StorageSettings(Sqlite, connectionString);
            case PostgreSql or "postgres" or "npgsql":
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new SiloConfigurationException(
                        "Frontdesk:Storage is postgresql but ConnectionStrings:Frontdesk is empty: set it (or ConnectionStrings__Frontdesk) to e.g. 'Host=127.0.0.1;Port=5432;Database=frontdesk;Username=frontdesk;Password=...'.");
                var builder = Parse(() => new NpgsqlConnectionStringBuilder(connectionString), "a PostgreSQL connection string (Host=...;Database=...;Username=...)", connectionString);
                if (string.IsNullOrWhiteSpace(builder.Host))
                    throw new SiloConfigurationException("ConnectionStrings:Frontdesk names no Host: a PostgreSQL connection string needs Host=...");
                return new StorageSettings(PostgreSql, connectionString);
            default:
                throw new SiloConfigurationException($"Frontdesk:Storage is '{provider}'; it must be 'sqlite' or 'postgresql'.");
        }
    }

    private static bool LooksLikeSqlite(string connectionString) =>
        connectionString.TrimStart().StartsWith("Data Source", StringComparison.OrdinalIgnoreCase)
        || connectionString.TrimStart().StartsWith("Filename", StringComparison.OrdinalIgnoreCase);

    private static T Parse<T>(Func<T> parse, string expected, string value)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new SiloConfigurationException($"ConnectionStrings:Frontdesk is not {expected}: {ex.Message}", ex);
        }
    }

    /// <summary>Where the data lives, for start-up logs; never the password.</summary>
    public string Describe() => Provider == Sqlite
        ? $"SQLite file {Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource)}"
        : new NpgsqlConnectionStringBuilder(ConnectionString) is var b ? $"PostgreSQL {b.Host}:{b.Port}/{b.Database}" : "";
}
