namespace Frontdesk.Silo.Tests.Grains;

public interface IEchoGrain : IGrainWithStringKey
{
    Task<string> EchoAsync(string text);

    Task<int> CallsAsync();

    /// <summary>Tries to register a reminder, which an echo grain cannot take.</summary>
    Task RegisterReminderAsync();
}
