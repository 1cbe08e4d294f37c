namespace Frontdesk.Grains.Sagas;

/// <summary>The saga could not be done and its steps were undone; <paramref name="Code"/> is the refusal it met.</summary>
public sealed record SagaFailed(string Code, string Message, string Kind) : SagaEvent;
