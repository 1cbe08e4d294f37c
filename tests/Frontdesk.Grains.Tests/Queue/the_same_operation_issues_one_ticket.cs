using Frontdesk.Grains.Queue;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallQueues;

namespace Frontdesk.Grains.Tests.Queue;

public sealed class the_same_operation_issues_one_ticket : QueueTest
{
    [Fact]
    public async Task fifty_concurrent_requests_with_one_key_get_one_ticket_and_the_next_key_the_next_number()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => IssueAsync(Reception, operationId: "one-press")));
        var next = await IssueAsync(Reception);

        Assert.Single(answers.Distinct());
        Assert.Equal("A-001", answers[0].Number);
        Assert.Equal("A-002", next.Number);
        Assert.Equal(2, (await Counter(Reception).GetViewAsync()).WaitingCount);
    }

    [Fact]
    public async Task a_repeat_after_the_counter_was_deactivated_answers_the_same_ticket_word_for_word()
    {
        await IssueAsync(Reception);
        var first = await IssueAsync(Reception, "elderly", "press-2");
        Chain.Host.CollectIdleActivations(TimeSpan.Zero);

        var again = await IssueAsync(Reception, "elderly", "press-2");

        Assert.Equivalent(first, again, strict: true);
        Assert.Equal((0, "elderly", 1), (first.PeopleAheadAtIssue, first.PriorityClassId, first.PriorityRank));
    }

    [Fact]
    public async Task a_request_without_a_key_or_with_an_unknown_class_or_line_is_refused_and_takes_no_number()
    {
        var noKey = await Assert.ThrowsAsync<CommandRejectedException>(() => IssueAsync(Reception, operationId: " "));
        var badClass = await Assert.ThrowsAsync<CommandRejectedException>(() => IssueAsync(Lab, "elderly"));
        var badLine = await Assert.ThrowsAsync<CommandRejectedException>(() => IssueAsync("x-ray"));
        var first = await IssueAsync(Reception);

        Assert.Equal(("invalid-ticket-request", RejectionKind.Invalid), (noKey.Code, noKey.Kind));
        Assert.Contains("operationId", noKey.Details.Keys);
        Assert.Equal(("unknown-priority", RejectionKind.Invalid), (badClass.Code, badClass.Kind));
        Assert.Equal(("unknown-line", RejectionKind.NotFound), (badLine.Code, badLine.Kind));
        Assert.Equal("A-001", first.Number);
    }
}
