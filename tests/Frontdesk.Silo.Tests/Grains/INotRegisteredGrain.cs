namespace Frontdesk.Silo.Tests.Grains;

/// <summary>A grain interface no class implements.</summary>
public interface INotRegisteredGrain : IGrainWithStringKey
{
    Task PingAsync();
}
