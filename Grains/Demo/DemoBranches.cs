using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Demo;

public static class DemoBranches
{
    public const string Tverskaya = "moscow-tverskaya";
    public const string Arbat = "moscow-arbat";
    public const string Yekaterinburg = "yekaterinburg-lenina";

    /// <summary>The branches, closed on the coming New Year's Day (and Yekaterinburg on Orthodox Christmas too).</summary>
    public static IReadOnlyList<Branch> All(DateOnly today)
    {
        var newYear = new DateOnly(today.Year + 1, 1, 1);
        return
        [
            new(Tverskaya, "TVR", "White Lily on Tverskaya", "Moscow", "12 Tverskaya St, Moscow 125009", "Europe/Moscow", DemoChain.Currency,
                [.. Days(DayOfWeek.Monday, DayOfWeek.Saturday, "09:00", "21:00"), new(DayOfWeek.Sunday, At("10:00"), At("18:00"))], [newYear]),
            new(Arbat, "ARB", "White Lily on Arbat", "Moscow", "24 Arbat St, Moscow 119002", "Europe/Moscow", DemoChain.Currency,
                [.. Days(DayOfWeek.Monday, DayOfWeek.Friday, "10:00", "22:00"), .. Days(DayOfWeek.Saturday, DayOfWeek.Sunday, "10:00", "20:00")], [newYear]),
            // Closed on Sundays: a day off a week, as many smaller clinics are.
            new(Yekaterinburg, "EKB", "White Lily Yekaterinburg", "Yekaterinburg", "50 Lenina Ave, Yekaterinburg 620075", "Asia/Yekaterinburg",
                DemoChain.Currency, [.. Days(DayOfWeek.Monday, DayOfWeek.Saturday, "09:00", "20:00")], [newYear, newYear.AddDays(6)], GridStepMinutes: 30),
        ];
    }

    private static IEnumerable<OpeningHours> Days(DayOfWeek first, DayOfWeek last, string opens, string closes)
    {
        // DayOfWeek starts at Sunday; a Russian week starts on Monday, and Sunday is the last day of it.
        for (var day = first; ; day = (DayOfWeek)(((int)day + 1) % 7))
        {
            yield return new OpeningHours(day, At(opens), At(closes));
            if (day == last) yield break;
        }
    }

    internal static TimeOnly At(string time) => TimeOnly.ParseExact(time, "HH:mm");
}
