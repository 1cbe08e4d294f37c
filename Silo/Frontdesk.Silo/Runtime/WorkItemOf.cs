namespace Frontdesk.Silo.Runtime;

internal sealed class WorkItem<T>(Func<object, object?[]?, Task<T>> invoker, object?[]? args, CallChain? chain, Caller? who, string command)
    : WorkItem(who, command)
{
    private T _result = default!;
    private Exception? _error;

    // Callers continue on the thread pool, never inside the grain's turn loop.
    public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override ValueTask<bool> RunAsync(Grain grain)
    {
        Task<T> task;
        CallChain.Current = new CallChain(grain.GrainId, chain);
        // The calls this turn makes are made for the same caller.
        Frontdesk.Silo.Caller.Current = Caller;
        try
        {
            task = invoker(grain, args);
        }
        catch (Exception ex)
        {
            return new ValueTask<bool>(Threw(ex));
        }
        if (!task.IsCompletedSuccessfully) return AwaitAsync(task);
        _result = task.Result;
        _error = null;
        return new ValueTask<bool>(false);
    }

    private async ValueTask<bool> AwaitAsync(Task<T> task)
    {
        try
        {
            _result = await task;
            _error = null;
            return false;
        }
        catch (Exception ex)
        {
            return Threw(ex);
        }
    }

    private bool Threw(Exception ex)
    {
        // The runtime's own signal that the batch must be re-run is not the call's outcome.
        if (ex is JournalConflictSignal) throw ex;
        _error = ex;
        return true;
    }

    public override void Release()
    {
        if (_error is null) Completion.TrySetResult(_result);
        else Completion.TrySetException(_error);
    }

    public override void Fail(Exception error) => Completion.TrySetException(error);
}
