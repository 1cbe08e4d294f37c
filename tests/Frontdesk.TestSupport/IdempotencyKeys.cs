namespace Frontdesk.TestSupport;

/// <summary>
/// Gives every mutating request that has no Idempotency-Key a fresh one, as a real client makes one per action; a
/// test that is about keys sets its own (or <see cref="WithoutKey"/>), and this leaves it alone.
/// </summary>
public sealed class IdempotencyKeys : DelegatingHandler
{
    /// <summary>Set on a request to send it with no key at all (to test the refusal).</summary>
    public static readonly HttpRequestOptionsKey<bool> WithoutKey = new("frontdesk.without-idempotency-key");

    public IdempotencyKeys()
    {
    }

    public IdempotencyKeys(HttpMessageHandler inner) : base(inner)
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && !request.Headers.Contains("Idempotency-Key")
            && !request.Options.TryGetValue(WithoutKey, out _))
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return base.SendAsync(request, cancellationToken);
    }
}
