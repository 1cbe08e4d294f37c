namespace Frontdesk.Silo.Hosting;

/// <summary>The node's configuration is wrong; the message says which setting and what it should be.</summary>
public sealed class SiloConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
