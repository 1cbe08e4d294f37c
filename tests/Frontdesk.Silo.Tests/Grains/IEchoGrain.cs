namespace Frontdesk.Silo.Tests.Grains;

public interface IEchoGrain : IGrainWithStringKey
{
    Task<string> EchoAsync(string text);

    Task<int> CallsAsync();
}
