using Frontdesk.Bench.Reporting;
using Frontdesk.TestSupport;

namespace Frontdesk.Bench;

/// <summary>
/// What the scenarios of one run share: the arguments, one PostgreSQL server (so the grain and the plain-client
/// figures come from the same server in the same run), and the figures the goals are judged on.
/// </summary>
internal sealed class BenchContext(BenchArguments arguments) : IAsyncDisposable
{
    private readonly Dictionary<string, double> _figures = [];
    private Task<TemporaryPostgres>? _postgres;

    public BenchArguments Arguments => arguments;

    public string? PostgresVersion { get; private set; }

    public Task<TemporaryPostgres> PostgresAsync() => _postgres ??= StartPostgresAsync();

    public void Record(string figure, double value) => _figures[figure] = value;

    public double? Figure(string figure) => _figures.TryGetValue(figure, out var value) ? value : null;

    public static void Progress(string message) =>
        Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message} (thread pool: {ThreadPool.ThreadCount} threads)");

    public static void Print(string heading, MarkdownTable table, params string[] notes)
    {
        Console.Out.WriteLine($"### {heading}");
        Console.Out.WriteLine();
        Console.Out.Write(table.ToString());
        foreach (var note in notes)
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine(note);
        }
        Console.Out.WriteLine();
        Console.Out.Flush();
    }

    private async Task<TemporaryPostgres> StartPostgresAsync()
    {
        Progress("starting a throwaway PostgreSQL cluster (fsync and synchronous_commit on)");
        var server = await TemporaryPostgres.StartAsync(durable: true);
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT version(), current_setting('fsync'), current_setting('synchronous_commit')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        PostgresVersion = $"{reader.GetString(0)} (fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)})";
        Progress(PostgresVersion);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is { IsCompletedSuccessfully: true } started) await started.Result.DisposeAsync();
    }
}
