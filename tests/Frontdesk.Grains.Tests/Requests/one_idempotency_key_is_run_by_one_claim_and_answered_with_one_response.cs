using Frontdesk.Grains.Requests;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Grains.Tests.Requests;

public sealed class one_idempotency_key_is_run_by_one_claim_and_answered_with_one_response : OnFreshChain
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private IIdempotentRequestGrain Key(string key) => Chain.Grains.GetGrain<IIdempotentRequestGrain>(key);

    private static IdempotentResponse Response(string fingerprint, int status = 201, string body = "{}") =>
        new(fingerprint, status, "application/json", "/api/bookings/TVR-261123-1-1", System.Text.Encoding.UTF8.GetBytes(body));

    [Fact]
    public async Task of_many_concurrent_claims_exactly_one_is_granted_and_the_rest_see_it_busy()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Key("k-race").ClaimAsync("fp", Lease)));

        Assert.Single(claims, c => c.Outcome == ClaimOutcome.Claimed);
        Assert.All(claims.Where(c => c.Outcome != ClaimOutcome.Claimed), c => Assert.Equal((ClaimOutcome.Busy, "fp"), (c.Outcome, c.Fingerprint)));
    }

    [Fact]
    public async Task a_recorded_response_is_what_every_later_claim_gets_and_survives_a_restart()
    {
        using var folder = new TempFolder();
        await using (var first = await TestChain.StartOnSqliteAsync(folder.File("journal.db")))
        {
            var grain = first.Grains.GetGrain<IIdempotentRequestGrain>("k-durable");
            var claim = await grain.ClaimAsync("fp", Lease);
            await grain.RecordAsync(claim.ClaimId!, Response("fp", body: "{\"number\":1}"));
        }
        await using var restarted = await TestChain.StartOnSqliteAsync(folder.File("journal.db"));

        var again = await restarted.Grains.GetGrain<IIdempotentRequestGrain>("k-durable").ClaimAsync("fp", Lease);
        var other = await restarted.Grains.GetGrain<IIdempotentRequestGrain>("k-durable").ClaimAsync("another request", Lease);

        Assert.Equal(ClaimOutcome.Recorded, again.Outcome);
        Assert.Equal("{\"number\":1}", System.Text.Encoding.UTF8.GetString(again.Response!.Body));
        Assert.Equal((ClaimOutcome.Recorded, "fp"), (other.Outcome, other.Fingerprint));
    }

    [Fact]
    public async Task the_first_response_recorded_stays_even_when_a_claim_that_outlived_its_lease_finishes_later()
    {
        var stale = await Key("k-lease").ClaimAsync("fp", Lease);
        Chain.Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var takeover = await Key("k-lease").ClaimAsync("fp", Lease);

        var first = await Key("k-lease").RecordAsync(takeover.ClaimId!, Response("fp", body: "{\"by\":\"takeover\"}"));
        var late = await Key("k-lease").RecordAsync(stale.ClaimId!, Response("fp", body: "{\"by\":\"stale\"}"));

        Assert.Equal(ClaimOutcome.Claimed, takeover.Outcome);
        Assert.NotEqual(stale.ClaimId, takeover.ClaimId);
        Assert.Equal(first.Body, late.Body);
        Assert.Equal("{\"by\":\"takeover\"}", System.Text.Encoding.UTF8.GetString(late.Body));
    }

    [Fact]
    public async Task a_released_claim_lets_a_retry_run_at_once_and_a_server_error_is_never_recorded()
    {
        var failed = await Key("k-retry").ClaimAsync("fp", Lease);
        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => Key("k-retry").RecordAsync(failed.ClaimId!, Response("fp", status: 503)));
        await Key("k-retry").ReleaseAsync(failed.ClaimId!);

        var retry = await Key("k-retry").ClaimAsync("fp", Lease);

        Assert.Equal("invalid-response", refused.Code);
        Assert.Equal(ClaimOutcome.Claimed, retry.Outcome);
        Assert.Null(await Key("k-retry").GetAsync());
    }
}
