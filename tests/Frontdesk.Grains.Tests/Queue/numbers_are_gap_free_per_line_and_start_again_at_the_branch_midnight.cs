using Frontdesk.Grains.Queue;
using Frontdesk.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Frontdesk.Silo.Journal;
using static Frontdesk.Grains.Tests.Infrastructure.SmallQueues;

namespace Frontdesk.Grains.Tests.Queue;

public sealed class numbers_are_gap_free_per_line_and_start_again_at_the_branch_midnight : QueueTest
{
    [Fact]
    public async Task concurrent_issues_on_two_lines_number_each_line_from_one_without_gaps()
    {
        var issued = await Task.WhenAll(Enumerable.Range(0, 120).Select(i => IssueAsync(i % 3 == 0 ? Cashier : Reception)));

        Assert.Equal(Enumerable.Range(1, 80).Select(n => $"A-{n:000}"), issued.Where(t => t.LineId == Reception).Select(t => t.Number).Order());
        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"B-{n:000}"), issued.Where(t => t.LineId == Cashier).Select(t => t.Number).Order());
        Assert.All(issued, t => Assert.Equal(Today, t.Date));
        var journal = Chain.Services.GetRequiredService<IJournalStorage>();
        QueueAudit.AssertGapFree(await QueueAudit.IssuesAsync(journal, CounterKey(Reception, Today)), "A");
        QueueAudit.AssertGapFree(await QueueAudit.IssuesAsync(journal, CounterKey(Cashier, Today)), "B");
    }

    [Fact]
    public async Task the_count_starts_again_at_midnight_in_moscow_which_is_nine_in_the_evening_utc()
    {
        await IssueAsync(Reception);
        await IssueAsync(Reception);
        Chain.Time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 20, 59, 0, TimeSpan.Zero));
        var lastOfTheDay = await IssueAsync(Reception, operationId: "press-at-23-59");

        Chain.Time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 21, 0, 1, TimeSpan.Zero));
        var firstOfTheNext = await IssueAsync(Reception);
        var secondOfTheNext = await IssueAsync(Reception);

        Assert.Equal(("A-003", Today), (lastOfTheDay.Number, lastOfTheDay.Date));
        // The UTC date is still the 23rd: the branch's own midnight decided.
        Assert.Equal(("A-001", Today.AddDays(1)), (firstOfTheNext.Number, firstOfTheNext.Date));
        Assert.Equal("A-002", secondOfTheNext.Number);
        Assert.Equal(3, (await Counter(Reception, Today).GetViewAsync()).LastNumber);
    }

    [Fact]
    public async Task yesterdays_counter_takes_no_new_numbers_but_a_late_repeat_of_a_press_gets_its_ticket()
    {
        Chain.Time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 20, 59, 30, TimeSpan.Zero));
        var beforeMidnight = await IssueAsync(Reception, operationId: "press-before-midnight");
        var line = (await Setup.GetAsync()).FindLine(Reception)!;
        Chain.Time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 21, 2, 0, TimeSpan.Zero));

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            Counter(Reception, Today).IssueAsync(Kiosk(), line, "Europe/Moscow"));
        var repeat = await IssueAsync(Reception, operationId: "press-before-midnight");

        Assert.Equal(("not-today", RejectionKind.Conflict), (refused.Code, refused.Kind));
        Assert.Equal(beforeMidnight, repeat);
        Assert.Equal(0, (await Counter(Reception, Today.AddDays(1)).GetViewAsync()).LastNumber);
    }
}
