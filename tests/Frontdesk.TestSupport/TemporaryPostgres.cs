using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Frontdesk.TestSupport;

/// <summary>
/// A PostgreSQL cluster of its own on 127.0.0.1 and a free port, in a temporary folder that is removed
/// afterwards. It uses the server binaries installed on the machine (Debian's postgresql package);
/// as root it runs them as the postgres user, since the server refuses to run as root.
/// </summary>
public sealed class TemporaryPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _dataDir;
    private readonly bool _asPostgresUser;
    private int _databases;

    private TemporaryPostgres(string bin, string dataDir, int port, bool asPostgresUser)
    {
        (_bin, _dataDir, Port, _asPostgresUser) = (bin, dataDir, port, asPostgresUser);
    }

    public int Port { get; }

    public string ConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=5;Command Timeout=30";

    /// <param name="durable">Keep fsync and synchronous commit on, as in production (benchmarks); tests run faster without.</param>
    public static async Task<TemporaryPostgres> StartAsync(bool durable = false)
    {
        var bin = FindBinaries();
        var asPostgresUser = Environment.UserName == "root";
        var dataDir = Path.Combine(Path.GetTempPath(), $"frontdesk-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDir);
        if (asPostgresUser) await RunAsync("chown", ["postgres:postgres", dataDir]);
        var server = new TemporaryPostgres(bin, dataDir, FreePort(), asPostgresUser);
        await server.PgAsync("initdb", ["-D", Path.Combine(dataDir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C"]);
        var settings = new List<string>
        {
            "listen_addresses = '127.0.0.1'",
            $"port = {server.Port}",
            $"unix_socket_directories = '{dataDir}'",
            "max_connections = 300",
            "shared_buffers = 128MB",
            "log_min_messages = fatal",
            "log_min_error_statement = panic",
        };
        if (!durable) settings.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off"]);
        var conf = Path.Combine(dataDir, "data", "postgresql.auto.conf");
        await File.AppendAllLinesAsync(conf, settings);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        var name = $"{prefix ?? "test"}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..8]}".ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    /// <summary>Creates an empty database on a server this process does not own (FRONTDESK_TEST_POSTGRES).</summary>
    public static async Task<string> CreateDatabaseOnAsync(string connectionString, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 33)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Stops the server at once (fast shutdown: open connections are cut), as a crash of the database would.</summary>
    public Task StopAsync() => PgAsync("pg_ctl", ["-D", Path.Combine(_dataDir, "data"), "-m", "fast", "-w", "-t", "30", "stop"]);

    public Task StartAgainAsync() =>
        PgAsync("pg_ctl", ["-D", Path.Combine(_dataDir, "data"), "-l", Path.Combine(_dataDir, "server.log"), "-w", "-t", "30", "start"]);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PgAsync("pg_ctl", ["-D", Path.Combine(_dataDir, "data"), "-m", "immediate", "-w", "-t", "30", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Task PgAsync(string tool, string[] args)
    {
        var path = Path.Combine(_bin, tool);
        return _asPostgresUser ? RunAsync("runuser", ["-u", "postgres", "--", path, .. args]) : RunAsync(path, args);
    }

    private static string FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("FRONTDESK_PG_BIN") is { Length: > 0 } configured) return configured;
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin and FRONTDESK_PG_BIN). " +
            "Run the tests with 'bash tests/run.sh', which installs Debian's postgresql package, or install it yourself.");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}{await stdout}");
    }
}
