namespace Frontdesk.Silo;

/// <summary>Marker for every grain interface; methods return <see cref="Task"/> or <see cref="Task{TResult}"/>.</summary>
public interface IGrain;
