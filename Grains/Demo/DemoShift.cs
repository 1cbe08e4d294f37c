using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Grains.Demo;

/// <summary>One change to one specialist's schedule, in the order the demo applies them.</summary>
public sealed record DemoShift(string SpecialistId, ScheduleChange Change);
