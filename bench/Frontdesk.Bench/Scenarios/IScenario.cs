namespace Frontdesk.Bench.Scenarios;

internal interface IScenario
{
    /// <summary>The name that selects it on the command line.</summary>
    string Name { get; }

    Task RunAsync(BenchContext context);
}
