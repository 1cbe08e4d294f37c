using Frontdesk.Bench;
using Frontdesk.Bench.Reporting;
using Frontdesk.Bench.Scenarios;

if (args is [MemoryProbe.Flag, .. var probe]) return await MemoryProbe.RunAsync(probe);

BenchArguments arguments;
try
{
    arguments = BenchArguments.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchArguments.Usage);
    return 2;
}

IScenario[] scenarios =
[
    new InMemoryScenario(), new DurableScenario(), new PlainScenario(), new HeadToHeadScenario(), new HotKeyScenario(),
    new MemoryScenario(), new StartupScenario(), new AppendStatementScenario(), new BookingScenario(), new NearestSlotScenario(), new PushScenario(),
    new HttpBookingScenario(), new QueueIssueScenario(), new QueueCallScenario(), new KioskPressScenario(), new ClusterScenario(),
];
var failed = false;
await using (var context = new BenchContext(arguments))
{
    Console.Out.WriteLine("## Frontdesk bench");
    Console.Out.WriteLine();
    foreach (var scenario in scenarios.Where(s => arguments.Runs(s.Name)))
    {
        try
        {
            await scenario.RunAsync(context);
        }
        catch (Exception ex)
        {
            // One broken scenario still leaves the others' figures.
            failed = true;
            Console.Out.WriteLine($"### {scenario.Name}: FAILED");
            Console.Out.WriteLine();
            Console.Out.WriteLine($"    {ex.GetType().Name}: {ex.Message}");
            Console.Out.WriteLine();
            BenchContext.Progress($"{scenario.Name} failed: {ex}");
        }
    }
    GoalReport.Print(context);
    await MachineReport.PrintAsync(context, arguments.CommandLine(args));
}
return failed ? 1 : 0;
