using Microsoft.Extensions.Logging;

namespace Frontdesk.Grains.Sagas;

/// <summary>What a saga's resume reminder does: try to finish, keeping a refusal as the saga's outcome and any other failure for the next reminder.</summary>
internal static class SagaResumption
{
    public static async Task TryContinueAsync(Func<Task> continueAsync, ILogger logger, string saga)
    {
        try
        {
            await continueAsync();
        }
        catch (CommandRejectedException)
        {
            // Recorded as the saga's refusal; nobody is waiting for it here.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Saga {Saga} could not resume yet", saga);
        }
    }
}
