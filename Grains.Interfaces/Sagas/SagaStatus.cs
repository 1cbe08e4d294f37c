namespace Frontdesk.Grains.Sagas;

public enum SagaStatus
{
    NotStarted,
    Running,
    Completed,
    /// <summary>It could not be done; every step taken was undone.</summary>
    Failed,
}
