namespace Frontdesk.Silo.Hosting;

/// <summary>The node could not start: its database could not be reached or prepared in time.</summary>
public sealed class SiloStartupException(string message, Exception? inner = null) : Exception(message, inner);
