using Frontdesk.Grains.Scheduling;
using static Frontdesk.Grains.Demo.DemoBranches;
using static Frontdesk.Grains.Demo.DemoSpecialists;

namespace Frontdesk.Grains.Demo;

/// <summary>
/// Who works when: 5/2 with a lunch break, 2/2, 3/3 and 4/2 cycles, a five-day week that is not Monday to Friday,
/// two branches on alternate weekdays, and a few dates set by hand. In force from a month before "today", open-ended.
/// </summary>
public static class DemoSchedules
{
    public static IReadOnlyList<DemoShift> From(DateOnly today)
    {
        var from = today.AddDays(-30);
        return
        [
            Assign(ElenaSmirnova, Tverskaya, ShiftTemplate.FiveTwo(Hours("09:00", "13:00"), Hours("14:00", "18:00")), from),
            Assign(DmitryKuznetsov, Tverskaya, Weekly("Mon/Wed/Fri", [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday],
                Hours("10:00", "14:00"), Hours("15:00", "19:00")), from),
            Assign(DmitryKuznetsov, Arbat, Weekly("Tue/Thu/Sat", [DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday],
                Hours("11:00", "15:00"), Hours("16:00", "20:00")), from),
            Assign(OlgaPopova, Tverskaya, ShiftTemplate.Cycle(2, 2, Hours("09:00", "14:00"), Hours("14:30", "21:00")), from),
            Assign(MarinaVolkova, Tverskaya, ShiftTemplate.Cycle(3, 3, Hours("10:00", "15:00"), Hours("16:00", "20:00")), from),
            Assign(AnastasiaSokolova, Tverskaya, ShiftTemplate.Cycle(2, 2, Hours("09:00", "15:00"), Hours("15:30", "21:00")), from.AddDays(1)),
            Assign(IrinaLebedeva, Arbat, ShiftTemplate.Cycle(2, 2, Hours("10:00", "16:00"), Hours("16:30", "22:00")), from),
            Assign(SergeyMorozov, Arbat, ShiftTemplate.FiveTwo(Hours("10:00", "14:00"), Hours("15:00", "19:00")), from),
            Assign(TatianaNovikova, Arbat, Weekly("Tue-Sat", [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
                Hours("12:00", "16:00"), Hours("16:30", "21:00")), from),
            Assign(AlexeyFedorov, Yekaterinburg, ShiftTemplate.FiveTwo(Hours("09:00", "13:00"), Hours("14:00", "18:00")), from),
            Assign(NataliaPavlova, Yekaterinburg, ShiftTemplate.Cycle(2, 2, Hours("09:00", "14:00"), Hours("14:30", "20:00")), from),
            Assign(YuliaEgorova, Yekaterinburg, ShiftTemplate.Cycle(4, 2, Hours("10:00", "14:00"), Hours("15:00", "19:00")), from),
            Assign(PavelOrlov, Arbat, Weekly("Wed-Sun", [DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday],
                Hours("10:00", "14:00"), Hours("14:45", "20:00")), from),
            SetByHand(ElenaSmirnova, Tverskaya, today.AddDays(3), "Day off at her request"),
            SetByHand(SergeyMorozov, Arbat, today.AddDays(8), "Implantology course"),
            SetByHand(MarinaVolkova, Tverskaya, today.AddDays(5), "Leaves early for a conference", Hours("10:00", "14:00")),
        ];
    }

    private static DemoShift Assign(string specialist, string branch, ShiftTemplate template, DateOnly from) =>
        new(specialist, new ScheduleChange(Assignment: new ScheduleAssignment(branch, template, from)));

    private static DemoShift SetByHand(string specialist, string branch, DateOnly date, string note, params WorkingInterval[] hours) =>
        new(specialist, new ScheduleChange(Exception: new ScheduleException(branch, date, hours, note)));

    private static ShiftTemplate Weekly(string name, DayOfWeek[] days, params WorkingInterval[] hours) =>
        new(name, ShiftKind.Weekly, [.. days.Select(day => new WeekdayShift(day, hours))]);

    private static WorkingInterval Hours(string start, string end) => new(At(start), At(end));
}
