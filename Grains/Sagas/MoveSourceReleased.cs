namespace Frontdesk.Grains.Sagas;

public sealed record MoveSourceReleased(string MovedTo) : SagaEvent;
