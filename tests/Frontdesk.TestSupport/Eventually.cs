using System.Diagnostics;

namespace Frontdesk.TestSupport;

/// <summary>Waits for a condition with a deadline, checking often: no fixed sleeps.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, TimeSpan? within = null)
    {
        await TrueAsync(() => Task.FromResult(condition()), what, within);
    }

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = within ?? TimeSpan.FromSeconds(20);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        while (!await condition())
        {
            if (deadline.Elapsed > limit) throw new TimeoutException($"Waited {limit.TotalSeconds} s for: {what}");
            await poll.WaitForNextTickAsync();
        }
    }
}
