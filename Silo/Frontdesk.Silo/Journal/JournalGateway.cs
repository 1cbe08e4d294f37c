using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Frontdesk.Silo.Journal;

/// <summary>
/// Everything the runtime asks of the journal goes through here: a Polly pipeline (timeout per try,
/// retry with backoff for transient failures, a circuit breaker so a database that stays down is
/// reported at once), and a writer that gathers the appends of many grains into one transaction.
/// </summary>
internal sealed class JournalGateway : IAsyncDisposable
{
    private readonly IJournalStorage _storage;
    private readonly SiloOptions _options;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _pipeline;
    private readonly Channel<PendingAppend> _appends = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = false });
    private readonly Task[] _writers;

    public JournalGateway(IJournalStorage storage, SiloOptions options, ILogger logger)
    {
        _storage = storage;
        _options = options;
        _logger = logger;
        var transient = new PredicateBuilder().Handle<Exception>(TransientFailures.IsTransient);
        _pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = Math.Max(0, options.StorageRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(100),
                OnRetry = args =>
                {
                    _logger.LogWarning(args.Outcome.Exception, "Journal {Storage}: transient failure, try {Attempt} of {Max}",
                        storage.Name, args.AttemptNumber + 1, options.StorageRetries);
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = options.StorageBreakDuration,
                OnOpened = args =>
                {
                    _logger.LogError("Journal {Storage} unreachable: calls fail at once for {Seconds} s, then it is tried again",
                        storage.Name, args.BreakDuration.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    _logger.LogInformation("Journal {Storage} reachable again", storage.Name);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.StorageTimeout)
            .Build();
        var writers = options.JournalWriters > 0 ? options.JournalWriters : storage.Name == "sqlite" ? 1 : 4;
        _writers = Enumerable.Range(0, writers).Select(_ => Task.Run(WriteLoopAsync)).ToArray();
    }

    public IJournalStorage Storage => _storage;

    public Task<StoredSnapshot?> ReadSnapshotAsync(GrainId id) =>
        RunAsync(ct => new ValueTask<StoredSnapshot?>(_storage.ReadSnapshotAsync(id.Type, id.Key, ct)));

    public Task<StoredStream> ReadStreamAsync(GrainId id) =>
        RunAsync(ct => new ValueTask<StoredStream>(_storage.ReadStreamAsync(id.Type, id.Key, ct)));

    public Task<IReadOnlyList<StoredCommit>> ReadCommitsAsync(GrainId id, long afterVersion) =>
        RunAsync(ct => new ValueTask<IReadOnlyList<StoredCommit>>(_storage.ReadCommitsAsync(id.Type, id.Key, afterVersion, ct)));

    public Task<IReadOnlyList<IndexRow>> QueryIndexAsync(IndexQuery query, CancellationToken cancellationToken) =>
        RunAsync(ct => new ValueTask<IReadOnlyList<IndexRow>>(_storage.QueryIndexAsync(query, ct)), cancellationToken);

    public Task UpsertReminderAsync(StoredReminder reminder) =>
        RunAsync(async ct => { await _storage.UpsertReminderAsync(reminder, ct); return true; });

    public Task<bool> DeleteReminderAsync(GrainId id, string name, Guid? etag) =>
        RunAsync(ct => new ValueTask<bool>(_storage.DeleteReminderAsync(id.Type, id.Key, name, etag, ct)));

    public Task<bool> RescheduleReminderAsync(StoredReminder reminder, DateTimeOffset dueAt) =>
        RunAsync(ct => new ValueTask<bool>(_storage.RescheduleReminderAsync(
            reminder.GrainType, reminder.GrainKey, reminder.Name, reminder.ETag, dueAt, Guid.NewGuid(), ct)));

    public Task<IReadOnlyList<StoredReminder>> ReadDueRemindersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken) =>
        RunAsync(ct => new ValueTask<IReadOnlyList<StoredReminder>>(_storage.ReadDueRemindersAsync(dueBy, limit, ct)), cancellationToken);

    public Task PingAsync(CancellationToken cancellationToken) =>
        RunAsync(async ct => { await _storage.PingAsync(ct); return true; }, cancellationToken);

    /// <summary>True when the commit is durable, false when another writer had taken its first version.</summary>
    public Task<bool> AppendAsync(JournalAppend append)
    {
        var pending = new PendingAppend(append);
        if (!_appends.Writer.TryWrite(pending))
            throw new StorageUnavailableException("The silo is stopping: no more commits are taken.");
        return pending.Completion.Task;
    }

    public void WriteSnapshotInBackground(GrainId id, long version, string stateJson) =>
        _ = Task.Run(async () =>
        {
            try
            {
                await RunAsync(async ct => { await _storage.WriteSnapshotAsync(id.Type, id.Key, version, stateJson, ct); return true; });
            }
            catch (Exception ex)
            {
                // A missing snapshot costs only a longer replay at the next activation.
                _logger.LogWarning(ex, "Snapshot of {Grain} at v{Version} not stored", id, version);
            }
        });

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingAppend>(_options.MaxAppendsPerBatch);
        var appends = new List<JournalAppend>(_options.MaxAppendsPerBatch);
        var reader = _appends.Reader;
        while (await reader.WaitToReadAsync())
        {
            while (batch.Count < _options.MaxAppendsPerBatch && reader.TryRead(out var pending))
            {
                batch.Add(pending);
                appends.Add(pending.Append);
            }
            if (batch.Count == 0) continue;
            try
            {
                var stored = await RunAsync(async ct => await _storage.AppendAsync(appends, ct));
                for (var i = 0; i < batch.Count; i++) batch[i].Completion.TrySetResult(stored[i]);
            }
            catch (Exception ex)
            {
                foreach (var pending in batch) pending.Completion.TrySetException(ex);
            }
            batch.Clear();
            appends.Clear();
        }
    }

    private async Task<T> RunAsync<T>(Func<CancellationToken, ValueTask<T>> call, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _pipeline.ExecuteAsync(static (call, ct) => call(ct), call, cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            throw new StorageUnavailableException(
                $"The journal database ({_storage.Name}) is unreachable; calls are refused for a few seconds while it recovers.", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new StorageUnavailableException(
                $"The journal database ({_storage.Name}) did not answer within {_options.StorageTimeout.TotalSeconds} s.", ex);
        }
        catch (Exception ex) when (TransientFailures.IsTransient(ex))
        {
            throw new StorageUnavailableException($"The journal database ({_storage.Name}) is unreachable: {ex.Message}", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _appends.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    private sealed class PendingAppend(JournalAppend append)
    {
        public JournalAppend Append { get; } = append;
        public TaskCompletionSource<bool> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
