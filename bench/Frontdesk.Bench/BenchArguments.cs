using System.Globalization;

namespace Frontdesk.Bench;

/// <summary>The command line: which scenarios to run, for how long, and the runtime options to try.</summary>
internal sealed record BenchArguments(
    IReadOnlyList<string> Scenarios,
    TimeSpan Measure,
    TimeSpan WarmUp,
    IReadOnlyList<int> Callers,
    int Keys,
    int JournalWriters,
    int? MaxAppendsPerBatch,
    int? MaxCallsPerBatch,
    int? SnapshotEvery = null,
    int Receptionists = 32,
    int Kiosks = 8,
    int Screens = 60,
    IReadOnlyList<int>? NodeCounts = null)
{
    public const string InMemory = "in-memory";
    public const string Durable = "durable";
    public const string Plain = "plain";
    public const string HeadToHead = "head-to-head";
    public const string HotKey = "hot-key";
    public const string Memory = "memory";
    public const string Startup = "startup";
    public const string AppendSql = "append-sql";
    public const string Booking = "booking";
    public const string Nearest = "nearest";
    public const string Push = "push";
    public const string HttpBooking = "http-booking";
    public const string QueueIssue = "queue-issue";
    public const string QueueCall = "queue-call";
    public const string KioskPress = "kiosk-press";
    public const string Cluster = "cluster";

    public static readonly string[] AllScenarios =
        [InMemory, Durable, Plain, HeadToHead, HotKey, Memory, Startup, Booking, Nearest, Push, HttpBooking, QueueIssue, QueueCall, KioskPress, Cluster];

    /// <summary>Experiments run only when named.</summary>
    public static readonly string[] OptInScenarios = [AppendSql];

    public const string Usage = """
        usage: Frontdesk.Bench [scenario ...] [options]
          scenarios: in-memory durable plain head-to-head hot-key memory startup booking nearest push http-booking
                     queue-issue queue-call kiosk-press cluster   (none: all of them)
                     append-sql   (experiment, only when named: the runtime's PostgreSQL append vs INSERT … RETURNING)
          --seconds N           measured window of each run (default 5)
          --warmup N            unmeasured warm-up before it (default 1.5)
          --callers 1,16,64     concurrent callers of the durable and plain runs
          --keys N              grain keys / journal streams spread over (default 10000)
          --journal-writers N   SiloOptions.JournalWriters (default 0: the runtime picks)
          --max-appends N       SiloOptions.MaxAppendsPerBatch
          --max-calls N         SiloOptions.MaxCallsPerBatch
          --snapshot-every N    SiloOptions.SnapshotEvery
          --receptionists N     cluster: receptionists booking over HTTP (default 32)
          --kiosks N            cluster: kiosks pressing for tickets (default 8)
          --screens N           cluster: calendar screens under Node (default 60)
          --nodes 1,3           cluster: the node counts to run, one after the other (default 1,3)
        """;

    public static BenchArguments Parse(string[] args)
    {
        var scenarios = new List<string>();
        var parsed = new BenchArguments([], TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1.5), [1, 16, 64], 10_000, 0, null, null);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
            parsed = arg switch
            {
                "--seconds" => parsed with { Measure = TimeSpan.FromSeconds(Number(arg, Value())) },
                "--warmup" => parsed with { WarmUp = TimeSpan.FromSeconds(Number(arg, Value())) },
                "--callers" => parsed with { Callers = Value().Split(',').Select(v => (int)Number(arg, v)).ToArray() },
                "--keys" => parsed with { Keys = (int)Number(arg, Value()) },
                "--journal-writers" => parsed with { JournalWriters = (int)Number(arg, Value()) },
                "--max-appends" => parsed with { MaxAppendsPerBatch = (int)Number(arg, Value()) },
                "--max-calls" => parsed with { MaxCallsPerBatch = (int)Number(arg, Value()) },
                "--snapshot-every" => parsed with { SnapshotEvery = (int)Number(arg, Value()) },
                "--receptionists" => parsed with { Receptionists = (int)Number(arg, Value()) },
                "--kiosks" => parsed with { Kiosks = (int)Number(arg, Value()) },
                "--screens" => parsed with { Screens = (int)Number(arg, Value()) },
                "--nodes" => parsed with { NodeCounts = Value().Split(',').Select(v => (int)Number(arg, v)).ToArray() },
                _ when AllScenarios.Contains(arg) || OptInScenarios.Contains(arg) => Added(parsed, scenarios, arg),
                _ => throw new ArgumentException($"Unknown argument '{arg}'."),
            };
        }
        parsed = parsed with { Scenarios = scenarios.Count > 0 ? scenarios : AllScenarios };
        if (parsed.Callers.Max() > parsed.Keys)
            throw new ArgumentException($"--keys ({parsed.Keys}) must be at least the most callers ({parsed.Callers.Max()}): each caller owns its keys.");
        return parsed;
    }

    public IReadOnlyList<int> Nodes => NodeCounts ?? [1, 3];

    public bool Runs(string scenario) => Scenarios.Contains(scenario);

    public void Configure(Frontdesk.Silo.SiloOptions options)
    {
        options.JournalWriters = JournalWriters;
        if (MaxAppendsPerBatch is { } appends) options.MaxAppendsPerBatch = appends;
        if (MaxCallsPerBatch is { } calls) options.MaxCallsPerBatch = calls;
        if (SnapshotEvery is { } every) options.SnapshotEvery = every;
    }

    public string CommandLine(string[] args) =>
        "dotnet run -c Release --project bench/Frontdesk.Bench" + (args.Length > 0 ? " -- " + string.Join(' ', args) : "");

    private static BenchArguments Added(BenchArguments parsed, List<string> scenarios, string scenario)
    {
        if (!scenarios.Contains(scenario)) scenarios.Add(scenario);
        return parsed;
    }

    private static double Number(string option, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{option} takes a positive number, not '{value}'.");
}
