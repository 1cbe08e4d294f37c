using Frontdesk.Grains.Clients;

namespace Frontdesk.Grains.Demo;

/// <summary>A demo client and the children they bring; a dependent's owner is known only once the owner is registered.</summary>
public sealed record DemoClient(NewClient Card, IReadOnlyList<NewClient> Dependents);
