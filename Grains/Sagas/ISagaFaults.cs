namespace Frontdesk.Grains.Sagas;

/// <summary>
/// Called before each saga step. Production uses <see cref="NoSagaFaults"/>; tests inject a crash at a chosen
/// step to prove the saga resumes or compensates to the same end.
/// </summary>
public interface ISagaFaults
{
    ValueTask BeforeStepAsync(string sagaId, string step);
}
