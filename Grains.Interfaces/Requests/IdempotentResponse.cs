namespace Frontdesk.Grains.Requests;

/// <summary>An HTTP response as it is replayed to a repeat of its request: the bytes, not a re-rendering of them.</summary>
/// <param name="Fingerprint">SHA-256 of the request (method, path and query, body) that got this response.</param>
public sealed record IdempotentResponse(string Fingerprint, int Status, string? ContentType, string? Location, byte[] Body);
