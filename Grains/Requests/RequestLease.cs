namespace Frontdesk.Grains.Requests;

/// <summary>Who is running a key's request on this node, and until when.</summary>
internal sealed record RequestLease(string ClaimId, string Fingerprint, DateTimeOffset Until);
