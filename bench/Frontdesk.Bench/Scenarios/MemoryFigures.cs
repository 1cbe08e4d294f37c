namespace Frontdesk.Bench.Scenarios;

/// <summary>What the memory probe read, before the grains and after them, each time after a full blocking GC.</summary>
internal sealed record MemoryFigures(
    bool ServerGc,
    int Grains,
    int Activations,
    long Events,
    long Commits,
    double Seconds,
    long ManagedBefore,
    long WorkingSetBefore,
    long PrivateBefore,
    long ManagedAfter,
    long WorkingSetAfter,
    long PrivateAfter,
    long GcCommittedAfter,
    int Threads);
