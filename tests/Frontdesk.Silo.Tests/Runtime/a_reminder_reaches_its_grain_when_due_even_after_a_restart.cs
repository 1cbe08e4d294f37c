using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Frontdesk.Silo.Tests.Runtime;

public sealed class a_reminder_reaches_its_grain_when_due_even_after_a_restart
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task a_one_shot_reminder_fires_once_when_its_time_comes_and_not_before()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"), time: _time);
        var grain = silo.Grains.GetGrain<IReminderGrain>("hold-1");
        await grain.ScheduleAsync("expire", TimeSpan.FromMinutes(10), TimeSpan.Zero);

        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, await silo.Host.DeliverDueRemindersAsync());
        _time.Advance(TimeSpan.FromMinutes(1));

        // The silo's own poll, driven by the advanced clock, delivers it.
        await Eventually.TrueAsync(async () => (await grain.ReceivedAsync()).Count == 1, "the reminder to arrive");
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await silo.Host.DeliverDueRemindersAsync());
        Assert.Equal(["expire"], await grain.ReceivedAsync());
    }

    [Fact]
    public async Task a_periodic_reminder_ticks_until_it_is_unregistered()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"), o => o.ReminderPollInterval = TimeSpan.FromHours(1), time: _time);
        var grain = silo.Grains.GetGrain<IReminderGrain>("rollover");
        await grain.ScheduleAsync("tick", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        for (var i = 0; i < 3; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(1, await silo.Host.DeliverDueRemindersAsync());
        }
        await grain.CancelAsync("tick");
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(0, await silo.Host.DeliverDueRemindersAsync());
        Assert.Equal(3, (await grain.ReceivedAsync()).Count);
    }

    [Fact]
    public async Task ticks_missed_while_no_node_ran_are_delivered_once_not_one_by_one()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"), o => o.ReminderPollInterval = TimeSpan.FromHours(1), time: _time);
        var grain = silo.Grains.GetGrain<IReminderGrain>("late");
        await grain.ScheduleAsync("tick", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        _time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(1, await silo.Host.DeliverDueRemindersAsync());
        Assert.Equal(0, await silo.Host.DeliverDueRemindersAsync());
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await silo.Host.DeliverDueRemindersAsync());
    }

    [Fact]
    public async Task a_reminder_registered_before_a_restart_fires_on_the_next_start()
    {
        using var folder = new TempFolder();
        await using (var before = await TestSilo.SqliteAsync(folder.File("journal.db"), time: _time))
            await before.Grains.GetGrain<IReminderGrain>("saga-7").ScheduleAsync("resume", TimeSpan.FromSeconds(30), TimeSpan.Zero);

        _time.Advance(TimeSpan.FromMinutes(1));
        await using var after = await TestSilo.SqliteAsync(folder.File("journal.db"), o => o.ReminderPollInterval = TimeSpan.FromHours(1), time: _time);

        Assert.Equal(1, await after.Host.DeliverDueRemindersAsync());
        Assert.Equal(["resume"], await after.Grains.GetGrain<IReminderGrain>("saga-7").ReceivedAsync());
    }

    [Fact]
    public async Task a_grain_that_does_not_take_reminders_cannot_register_one()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"), time: _time);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => silo.Grains.GetGrain<IEchoGrain>("e").RegisterReminderAsync());

        Assert.Contains("IRemindable", error.Message);
    }
}
