namespace Frontdesk.Silo;

/// <summary>
/// The journal's database could not be reached (or is being given time to recover).
/// Nothing of the failed command was acknowledged; the node recovers by itself when the database returns.
/// </summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
