namespace Frontdesk.Grains.Requests;

public enum ClaimOutcome
{
    /// <summary>The caller holds the claim and runs the request.</summary>
    Claimed,
    /// <summary>Someone else holds it and may still be running the request.</summary>
    Busy,
    /// <summary>The request has run; its response is recorded.</summary>
    Recorded,
}
