namespace Frontdesk.Bench.Scenarios;

/// <summary>The names under which scenarios record the figures the goals compare.</summary>
internal static class Figures
{
    public const string InMemorySpread = "in-memory-spread";
    public const string InMemoryHot = "in-memory-hot";
    public const string PlainHotSuccesses = "plain-hot-successes";
    public const string GrainHotSuccesses = "grain-hot-successes";
    public const string MemoryWorkingSet = "memory-working-set";
    public const string MemoryManaged = "memory-managed";
    public const string MemoryPrivate = "memory-private";
    public const string StartupExisting = "startup-existing";
    public const string StartupNew = "startup-new";
    public const string HeadToHeadRatio = "head-to-head-ratio";
    public const string HeadToHeadGrain = "head-to-head-grain";
    public const string HeadToHeadPlain = "head-to-head-plain";
    public const string QueueIssue = "queue-issue";
    public const string QueueIssueGapFree = "queue-issue-gap-free";
    public const string QueueCallP99 = "queue-call-p99";
    public const string KioskPressP99 = "kiosk-press-p99";

    public static string Durable(string storage, int callers) => $"durable-{storage}-{callers}";

    public static string Plain(int callers) => $"plain-{callers}";

    public static string Booking(string spread, int callers) => $"booking-{spread}-{callers}";

    public static string HttpBooking(string spread, int callers) => $"http-booking-{spread}-{callers}";

    public static string HttpBookingP99(string spread, int callers) => $"http-booking-{spread}-{callers}-p99";

    public static string Push(int screens) => $"push-{screens}-p99";

    public static string Nearest(int branches, double percentile) => $"nearest-{branches}-p{percentile * 100:0}";

    public static string PlainNotify(int callers) => $"plain-notify-{callers}";
}
