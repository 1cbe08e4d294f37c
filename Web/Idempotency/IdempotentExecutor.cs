using System.Collections.Concurrent;
using System.Diagnostics;
using Frontdesk.Grains;
using Frontdesk.Grains.Requests;
using Frontdesk.Silo;

namespace Frontdesk.Web.Idempotency;

/// <summary>
/// Runs a request at most once per Idempotency-Key and answers every repeat with the recorded response. Repeats on this
/// node wait for the run in progress here; a repeat that finds the key claimed by another node polls the key's grain
/// with a growing pause until the response is recorded, and is told to retry if that takes too long.
/// </summary>
internal sealed class IdempotentExecutor(IGrainFactory grains, IdempotencyOptions options, ILogger<IdempotentExecutor> logger)
{
    private readonly ConcurrentDictionary<string, Task<IdempotentAnswer>> _running = new(StringComparer.Ordinal);

    public async Task<IdempotentAnswer> RunOnceAsync(string key, string fingerprint, Func<Task<CapturedResponse>> run, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_running.TryGetValue(key, out var theirs))
            {
                var answer = await theirs;
                if (answer.Recorded && answer.Response.Fingerprint != fingerprint) throw Reused(key);
                return answer with { Replayed = true };
            }
            var mine = new TaskCompletionSource<IdempotentAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_running.TryAdd(key, mine.Task)) continue;
            try
            {
                var answer = await ClaimAndRunAsync(key, fingerprint, run, cancellationToken);
                mine.SetResult(answer);
                return answer;
            }
            catch (Exception ex)
            {
                mine.SetException(ex);
                // Nobody may be waiting: observe the failure so it is not reported as unobserved.
                _ = mine.Task.Exception;
                throw;
            }
            finally
            {
                _running.TryRemove(new KeyValuePair<string, Task<IdempotentAnswer>>(key, mine.Task));
            }
        }
    }

    private async Task<IdempotentAnswer> ClaimAndRunAsync(string key, string fingerprint, Func<Task<CapturedResponse>> run, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IIdempotentRequestGrain>(key);
        var waited = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            var claim = await grain.ClaimAsync(fingerprint, options.Lease);
            if (claim.Fingerprint != fingerprint) throw Reused(key);
            switch (claim.Outcome)
            {
                case ClaimOutcome.Recorded:
                    return new IdempotentAnswer(claim.Response!, Recorded: true, Replayed: true);
                case ClaimOutcome.Claimed:
                    return await RunClaimedAsync(key, grain, claim.ClaimId!, run);
            }
            if (waited.Elapsed + pause > options.WaitForOtherNode)
                throw CommandRejectedException.Conflict("idempotency-key-in-progress",
                    $"A request with this {IdempotencyKey.Header} is still running elsewhere; retry it with the same key in a few seconds.",
                    new Dictionary<string, object?> { ["header"] = IdempotencyKey.Header, ["busyUntil"] = claim.BusyUntil });
            await Task.Delay(pause, cancellationToken);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, options.MaxPollDelay.Ticks));
        }
    }

    private async Task<IdempotentAnswer> RunClaimedAsync(string key, IIdempotentRequestGrain grain, string claimId, Func<Task<CapturedResponse>> run)
    {
        CapturedResponse captured;
        try
        {
            captured = await run();
        }
        catch
        {
            await ReleaseAsync(grain, claimId);
            throw;
        }
        if (captured.Transient)
        {
            await ReleaseAsync(grain, claimId);
            return new IdempotentAnswer(captured.Response, Recorded: false, Replayed: false);
        }
        try
        {
            // Another node whose lease outlived ours may have recorded first: then its response is the answer.
            var recorded = await grain.RecordAsync(claimId, captured.Response);
            return new IdempotentAnswer(recorded, Recorded: true, Replayed: false);
        }
        catch (Exception ex) when (ex is not CommandRejectedException)
        {
            // The change is made; only its record is missing. The caller gets the response, and a retry runs the
            // request again, which the domain's operation id keeps from changing anything twice.
            logger.LogWarning(ex, "The response to {Key} could not be recorded; it is answered unrecorded", key);
            await ReleaseAsync(grain, claimId);
            return new IdempotentAnswer(captured.Response, Recorded: false, Replayed: false);
        }
    }

    private async Task ReleaseAsync(IIdempotentRequestGrain grain, string claimId)
    {
        try
        {
            await grain.ReleaseAsync(claimId);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A claim could not be released; a retry can take it over when its lease of {Lease} ends", options.Lease);
        }
    }

    private static CommandRejectedException Reused(string key) =>
        CommandRejectedException.Unprocessable("idempotency-key-reused",
            $"Idempotency-Key reused with a different request: '{key}' was first sent with another method, address or body. " +
            "Use a new key for a new request.",
            new Dictionary<string, object?> { ["header"] = IdempotencyKey.Header });
}
