using Frontdesk.Silo.Journal;
using Frontdesk.Silo.Runtime;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Silo.Reminders;

/// <summary>
/// Registers reminders and, on the node that holds the cluster's leadership, delivers the due ones as grain
/// calls (they count as activity, as in Orleans). Delivery is at least once: a one-shot reminder is removed,
/// and a periodic one moved, only after the grain has taken it, and only if it was not registered again meanwhile.
/// </summary>
internal sealed class ReminderService(Catalog catalog, GrainTypeRegistry registry, TimeProvider time, ILogger logger)
{
    private const int BatchSize = 256;
    private readonly SemaphoreSlim _round = new(1, 1);
    private volatile bool _leading;

    /// <summary>Whether this node held the cluster's leadership at its last look.</summary>
    public bool Leading => _leading;

    public async Task RegisterAsync(Grain grain, string name, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (grain is not IRemindable)
            throw new InvalidOperationException($"{grain.GetType().Name} registers reminder '{name}' but does not implement IRemindable.");
        if (dueTime < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(dueTime), "A reminder cannot be due in the past.");
        if (period < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(period), "A reminder's period is zero (once) or positive.");
        var due = time.GetUtcNow() + dueTime;
        await catalog.Journal.UpsertReminderAsync(new StoredReminder(grain.GrainId.Type, grain.GrainId.Key, name, due, due, period, Guid.NewGuid()));
    }

    public Task UnregisterAsync(GrainId id, string name) => catalog.Journal.DeleteReminderAsync(id, name, etag: null);

    public async Task RunAsync(IJournalStorage storage, TimeSpan interval, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                try
                {
                    var leads = await storage.HoldLeadershipAsync(stopping);
                    if (leads != _leading) logger.LogInformation(leads ? "This node now leads: it delivers reminders" : "This node no longer leads");
                    _leading = leads;
                    if (leads) await DeliverDueAsync(stopping);
                }
                catch (Exception ex) when (!stopping.IsCancellationRequested)
                {
                    _leading = false;
                    logger.LogWarning("Reminders not delivered this round: {Reason}", ex.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Delivers every reminder due now; returns how many were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        // One round at a time: two rounds could both deliver a reminder before either removed it.
        await _round.WaitAsync(cancellationToken);
        try
        {
            return await DeliverRoundAsync(cancellationToken);
        }
        finally
        {
            _round.Release();
        }
    }

    private async Task<int> DeliverRoundAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var due = await catalog.Journal.ReadDueRemindersAsync(now, BatchSize, cancellationToken);
            if (due.Count == 0) break;
            var outcomes = await Task.WhenAll(due.Select(r => DeliverAsync(r, now)));
            delivered += outcomes.Count(ok => ok);
            if (due.Count < BatchSize) break;
        }
        return delivered;
    }

    private async Task<bool> DeliverAsync(StoredReminder reminder, DateTimeOffset now)
    {
        var id = new GrainId(reminder.GrainType, reminder.GrainKey);
        if (registry.FindByTypeName(reminder.GrainType) is not { } registration || !typeof(IRemindable).IsAssignableFrom(registration.ImplementationType))
        {
            logger.LogError("Reminder {Name} of {Grain} has no grain class that takes reminders here; it is removed", reminder.Name, id);
            await catalog.Journal.DeleteReminderAsync(id, reminder.Name, reminder.ETag);
            return false;
        }
        var status = new TickStatus(reminder.FirstDueAt, reminder.Period, reminder.DueAt);
        try
        {
            await catalog.Invoke<bool>(id, registration, static async (grain, args) =>
            {
                await ((IRemindable)grain).ReceiveReminder((string)args![0]!, (TickStatus)args[1]!);
                return true;
            }, [reminder.Name, status], nameof(IRemindable.ReceiveReminder));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Reminder {Name} of {Grain} failed; it is tried again in {Delay}", reminder.Name, id, catalog.Options.ReminderRetryDelay);
            await catalog.Journal.RescheduleReminderAsync(reminder, now + catalog.Options.ReminderRetryDelay);
            return false;
        }
        if (reminder.Period <= TimeSpan.Zero)
        {
            await catalog.Journal.DeleteReminderAsync(id, reminder.Name, reminder.ETag);
        }
        else
        {
            // Ticks missed while no node led are not replayed one by one: the next is the first still ahead.
            var next = reminder.DueAt + reminder.Period;
            if (next <= now) next = now + reminder.Period - TimeSpan.FromTicks((now - reminder.DueAt).Ticks % reminder.Period.Ticks);
            await catalog.Journal.RescheduleReminderAsync(reminder, next);
        }
        return true;
    }
}
