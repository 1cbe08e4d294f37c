using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallChain;

namespace Frontdesk.Grains.Tests;

public sealed class the_same_operation_books_once : ChainTest
{
    [Fact]
    public async Task fifty_concurrent_repeats_of_one_operation_make_one_booking_and_all_get_it()
    {
        var day = Day(Moscow, Anna, Tuesday);
        var request = Request(new TimeOnly(10, 0));

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => day.BookAsync(request)));

        Assert.Single(answers.Select(a => a.Id).Distinct());
        Assert.All(answers, a => Assert.Equal(answers[0], a));
        Assert.Single((await day.GetAsync()).Bookings);
    }

    [Fact]
    public async Task a_repeat_after_a_restart_still_answers_the_first_booking()
    {
        var request = Request(new TimeOnly(11, 0));
        var first = await Day(Moscow, Anna, Tuesday).BookAsync(request);
        Chain.Host.CollectIdleActivations(TimeSpan.Zero);

        var again = await Day(Moscow, Anna, Tuesday).BookAsync(request);

        Assert.Equivalent(first, again, strict: true);
    }
}
