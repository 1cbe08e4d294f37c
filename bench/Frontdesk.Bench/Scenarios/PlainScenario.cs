using Frontdesk.Bench.Hosting;
using Frontdesk.Bench.Measurement;
using Frontdesk.Bench.Reporting;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// Scenario 3: a plain Npgsql client, one journal-like row per transaction, on the same PostgreSQL server
/// as the grains in the same run, at each caller count. A last row adds the per-row <c>pg_notify</c> the
/// silo's append also sends, to show what that costs by itself.
/// </summary>
internal sealed class PlainScenario : IScenario
{
    public string Name => BenchArguments.Plain;

    public async Task RunAsync(BenchContext context)
    {
        var arguments = context.Arguments;
        var server = await context.PostgresAsync();
        var connectionString = await server.CreateDatabaseAsync("plain");
        await using var client = await PlainClient.CreateAsync(connectionString, "plain_journal");
        var table = LoadTable.Create();
        var batching = new List<string>();
        foreach (var callers in arguments.Callers)
        {
            BenchContext.Progress($"plain Npgsql INSERT: {callers} writers");
            var before = await PostgresCounters.WriteTransactionsAsync(connectionString);
            var result = await new ClosedLoop(callers, arguments.WarmUp, arguments.Measure).RunAsync("INSERT, autocommit", caller =>
            {
                var (key, visit) = KeySpread.Next(caller, arguments.Keys);
                return client.InsertAsync($"c{callers}-s{key}", visit + 1);
            });
            var transactions = await PostgresCounters.WriteTransactionsAsync(connectionString) - before;
            batching.Add($"{callers}: {Format.Ratio((double)result.AllCalls / Math.Max(1, transactions))}");
            context.Record(Figures.Plain(callers), result.PerSecond);
            LoadTable.Add(table, result, Format.Count(arguments.Keys));
        }

        var most = arguments.Callers.Max();
        BenchContext.Progress($"plain Npgsql INSERT + pg_notify: {most} writers");
        var notifying = await new ClosedLoop(most, arguments.WarmUp, arguments.Measure).RunAsync("INSERT + pg_notify, autocommit", caller =>
        {
            var (key, visit) = KeySpread.Next(caller, arguments.Keys);
            return client.InsertAndNotifyAsync($"n{most}-s{key}", visit + 1);
        });
        context.Record(Figures.PlainNotify(most), notifying.PerSecond);
        LoadTable.Add(table, notifying, Format.Count(arguments.Keys));

        BenchContext.Print("3. Plain Npgsql client, one row per transaction (same server, same run)", table,
            "Table `(stream text, version bigint, payload json, primary key (stream, version))`; data source with `No Reset On Close=true`; " +
            "statements not prepared (as the silo's are not). Rows per write transaction, by writers: " + string.Join(", ", batching) + ".");
    }
}
