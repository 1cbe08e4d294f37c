using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Frontdesk.Kiosk.Engine;

/// <summary>
/// The kiosk's one Polly pipeline to the engine, outermost first: the press's whole budget, retries with jittered
/// exponential backoff, a circuit breaker that counts every try, and a timeout per try. The breaker sits inside the
/// retry so that once it opens the remaining retries fail at once instead of spending the client's patience.
/// </summary>
public static class EnginePipeline
{
    public static ResiliencePipeline Build(EngineResilienceOptions options, TimeProvider time, CircuitBreakerStateProvider state, ILogger logger)
    {
        var transient = new PredicateBuilder().Handle<Exception>(IsTransient);
        // Once a try has opened the breaker, waiting out a backoff only to be refused by it wastes the client's time; so does
        // an engine asking to be left alone for longer than the whole press may take: the client is told at once instead.
        var worthRetrying = new PredicateBuilder().Handle<Exception>(ex => IsTransient(ex) && state.CircuitState != CircuitState.Open
            && !(ex is TransientEngineFailure { RetryAfter: { } after } && after >= options.TotalBudget));
        var builder = new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(options.TotalBudget);
        if (options.Retries > 0)
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = worthRetrying,
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.TotalBudget,
                // An engine that says when to come back (503 while its database is down, 429) is asked no sooner.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is TransientEngineFailure { RetryAfter: { } after } ? after : (TimeSpan?)null),
                OnRetry = args =>
                {
                    logger.LogWarning("Engine try {Attempt} failed ({Reason}); trying again in {Delay} ms",
                        args.AttemptNumber + 1, args.Outcome.Exception?.Message, (int)args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = options.BreakFailureRatio,
                MinimumThroughput = options.BreakMinimumThroughput,
                SamplingDuration = options.BreakSampling,
                BreakDuration = options.BreakDuration,
                StateProvider = state,
                OnOpened = args =>
                {
                    logger.LogError("Engine unreachable: presses are answered 'see reception' at once for {Seconds} s, then it is tried again",
                        args.BreakDuration.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    logger.LogInformation("Engine reachable again");
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.TryTimeout)
            .Build();
    }

    /// <summary>Failures a second try may not meet: the network, a slow engine, an engine saying "later". Never a 4xx.</summary>
    public static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or IOException or TimeoutRejectedException or TransientEngineFailure;
}
