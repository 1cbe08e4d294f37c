namespace Frontdesk.Grains.Clients;

/// <summary>A consent as reception ticks it: the kind and whether it is given.</summary>
public sealed record ConsentChoice(string Kind, bool Given);
