namespace Frontdesk.Silo.Runtime;

/// <param name="TypeName">The name the grain is stored under.</param>
/// <param name="EventType">For a journaled grain, the type its events are (de)serialised as.</param>
public sealed record GrainRegistration(string TypeName, Type ImplementationType, Type? EventType);
