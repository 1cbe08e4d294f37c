namespace Frontdesk.Grains.Requests;

/// <summary>All that is durable about a key: the first response recorded for it.</summary>
public sealed class IdempotentRequestState : IJournaledState<IdempotentRequestEvent>
{
    public IdempotentResponse? Response { get; set; }

    public void Apply(IdempotentRequestEvent @event)
    {
        if (@event is ResponseRecorded e) Response ??= e.Response;
    }
}
