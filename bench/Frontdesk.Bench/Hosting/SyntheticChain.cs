using Frontdesk.Grains;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Scheduling;
using Frontdesk.Silo;

namespace Frontdesk.Bench.Hosting;

/// <summary>
/// A made-up chain of any size, written through the real grains: branches three to a city over three time zones,
/// specialists who all do the same three services, everyone working 08:00–22:00 every day.
/// </summary>
internal sealed class SyntheticChain(int branches, int specialistsPerBranch)
{
    public const string Service15 = "bench-15";
    public const string Service30 = "bench-30";
    public const string Service60 = "bench-60";
    private static readonly string[] Zones = ["Europe/Moscow", "Asia/Yekaterinburg", "Europe/Kaliningrad"];

    public int Branches => branches;
    public int SpecialistsPerBranch => specialistsPerBranch;

    public static string Branch(int b) => $"b{b:000}";
    public static string Specialist(int b, int s) => $"b{b:000}-s{s:00}";
    public static string City(int b) => $"City {b / 3}";

    public async Task WriteAsync(IGrainFactory grains, DateOnly today)
    {
        var catalog = grains.GetGrain<ICatalogGrain>(Chain.Key);
        await catalog.UpsertDirectionAsync(new Direction("spa", "Spa"));
        await catalog.UpsertServiceAsync(new Service(Service15, "Express", "spa", 15, 0, 0, new Money(100_000, "RUB")));
        await catalog.UpsertServiceAsync(new Service(Service30, "Facial", "spa", 30, 0, 5, new Money(250_000, "RUB")));
        await catalog.UpsertServiceAsync(new Service(Service60, "Massage", "spa", 60, 0, 10, new Money(400_000, "RUB")));
        OpeningHours[] open = [.. Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, new TimeOnly(8, 0), new TimeOnly(22, 0)))];
        WorkingInterval[] hours = [new(new TimeOnly(8, 0), new TimeOnly(22, 0))];
        var everyDay = new ShiftTemplate("every day", ShiftKind.Weekly, [.. Enum.GetValues<DayOfWeek>().Select(d => new WeekdayShift(d, hours))]);
        for (var b = 0; b < branches; b++)
        {
            await catalog.UpsertBranchAsync(new Branch(Branch(b), $"B{b:000}", $"Branch {b}", City(b), $"{b} Main St", Zones[b / 3 % Zones.Length], "RUB", open, []));
            var specialists = Enumerable.Range(0, specialistsPerBranch).ToList();
            foreach (var s in specialists)
                await catalog.UpsertSpecialistAsync(new Specialist(Specialist(b, s), b * 100 + s + 1, $"Specialist {b}-{s}", "Master", [Branch(b)], ["spa"],
                    [Service15, Service30, Service60]));
            await Task.WhenAll(specialists.Select(s => grains.GetGrain<ISpecialistScheduleGrain>(Specialist(b, s))
                .ApplyAsync(new ScheduleChange(new ScheduleAssignment(Branch(b), everyDay, today.AddDays(-1))))));
        }
        await catalog.SetProfileAsync(new ChainProfile("Bench chain", "RUB", "RU", 365));
    }
}
