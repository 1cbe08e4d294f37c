namespace Frontdesk.Silo;

/// <summary>A grain addressed by a string key, as in Orleans.</summary>
public interface IGrainWithStringKey : IGrain;
